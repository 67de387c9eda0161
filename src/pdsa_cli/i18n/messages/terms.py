"""The glossary's words as catalogue entries, `term.<kind>.<value>`, so a message can take one
as a field (`Phrase("term.frequency.month")`) and show it in the message's own language."""

from pdsa_cli.i18n.glossary import TERMS

MESSAGES: dict[str, dict[str, str]] = {
    f"term.{kind}.{value}": {"da": danish, "en": english}
    for kind, words in TERMS.items()
    for value, (danish, english) in words.items()
}
