"""`python -m pdsa_cli` runs the command-line tool."""

from pdsa_cli.cli.app import main

if __name__ == "__main__":
    main()
