"""Words for the guards that keep the shared files safe (issue 15): CPR numbers, links that
leave the workspace, the lock, and the machine's own failures."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "writing.cpr_refused": {
        "da": "Feltet '{field}' ser ud til at indeholde et CPR-nummer ({value}). CPR-numre "
        "og andre personhenførbare oplysninger må ikke stå i de delte filer: fjern nummeret "
        "og prøv igen. Intet er skrevet.",
        "en": "The field '{field}' looks like it holds a CPR number ({value}). CPR numbers "
        "and other personal data must not be in the shared files: remove the number and try "
        "again. Nothing was written.",
    },
    "writing.reserved_id": {
        "da": "'{value}' kan ikke bruges som id for {what}: Windows kan ikke have en fil eller "
        "mappe med det navn (con, prn, aux, nul, com1-9, lpt1-9). Vælg et andet id.",
        "en": "'{value}' cannot be the id of {what}: Windows cannot hold a file or folder of "
        "that name (con, prn, aux, nul, com1-9, lpt1-9). Choose another id.",
    },
    "writing.lock_is_folder": {
        "da": "Låsefilen {path} er en mappe, så pdsa kan ikke låse arbejdsmappen. Fjern mappen "
        "(den bruges ikke til andet) og prøv igen. Intet er ændret.",
        "en": "The lock file {path} is a folder, so pdsa cannot lock the workspace. Remove that "
        "folder (it serves no other purpose) and try again. Nothing was changed.",
    },
    "writing.control_refused": {
        "da": "Feltet '{field}' indeholder et usynligt styretegn ({value}), som kan forstyrre en "
        "terminal, og som regneark ikke tager imod. Fjern det og prøv igen. Intet er skrevet.",
        "en": "The field '{field}' holds an invisible control character ({value}) that can "
        "disturb a terminal and that spreadsheets do not accept. Remove it and try again. "
        "Nothing was written.",
    },
    "writing.lock_is_link": {
        "da": "Låsefilen {path} er et link, så pdsa bruger den ikke (et link kunne lade pdsa "
        "lave en fil et andet sted). Slet linket (det bruges ikke til andet) og prøv igen. "
        "Intet er ændret.",
        "en": "The lock file {path} is a link, so pdsa does not use it (a link could make pdsa "
        "create a file elsewhere). Delete the link (it serves no other purpose) and try again. "
        "Nothing was changed.",
    },
    "writing.lock_not_file": {
        "da": "Låsefilen {path} er ikke en almindelig fil (fx et rør eller en enhed), så pdsa "
        "kan ikke låse arbejdsmappen. Fjern den og prøv igen. Intet er ændret.",
        "en": "The lock file {path} is not an ordinary file (a pipe or a device, say), so pdsa "
        "cannot lock the workspace. Remove it and try again. Nothing was changed.",
    },
    "writing.not_a_file": {
        "da": "{path} er ikke en almindelig fil (fx et rør eller en enhed), så pdsa læser og "
        "ændrer den ikke. Erstat den med en almindelig fil. Intet er ændret.",
        "en": "{path} is not an ordinary file (a pipe or a device, say), so pdsa neither reads "
        "nor changes it. Replace it with an ordinary file. Nothing was changed.",
    },
    "writing.lock_failed": {
        "da": "Kunne ikke låse arbejdsmappen med {path} ({error}). {advice} Intet er ændret.",
        "en": "Could not lock the workspace with {path} ({error}). {advice} Nothing was changed.",
    },
    "writing.read_failed": {
        "da": "Kunne ikke læse {path} ({error}). {advice} Intet er ændret.",
        "en": "Could not read {path} ({error}). {advice} Nothing was changed.",
    },
    "writing.advice.disk_full": {
        "da": "Disken er fuld: frigør plads og prøv igen.",
        "en": "The disk is full: free some space and try again.",
    },
    "writing.advice.read_only": {
        "da": "Mappen ligger på et skrivebeskyttet drev: bed IT om skriveadgang, eller arbejd i "
        "en kopi.",
        "en": "The folder is on a read-only drive: ask IT for write access, or work in a copy.",
    },
    "writing.advice.permission": {
        "da": "Du har ikke lov til at skrive her (filen kan tilhøre en anden bruger): bed ejeren "
        "eller IT om adgang.",
        "en": "You are not allowed to write here (the file may belong to another user): ask its "
        "owner or IT for access.",
    },
    "writing.advice.other": {
        "da": "Tjek at drevet er tilgængeligt, og prøv igen.",
        "en": "Check that the drive is available and try again.",
    },
    "writing.not_utf8": {
        "da": "{path} er ikke gemt som UTF-8 (linje {line}). Gem filen som UTF-8 i din editor og "
        "prøv igen. Intet er ændret.",
        "en": "{path} is not saved as UTF-8 (line {line}). Save the file as UTF-8 in your editor "
        "and try again. Nothing was changed.",
    },
    "writing.read_only_file": {
        "da": "{path} er skrivebeskyttet, så pdsa ændrer den ikke. Fjern skrivebeskyttelsen, hvis "
        "filen skal ændres (fx 'chmod u+w'), og prøv igen. Intet er ændret.",
        "en": "{path} is read-only, so pdsa does not change it. Make it writable if it should "
        "change (e.g. 'chmod u+w') and try again. Nothing was changed.",
    },
    "writing.link_outside": {
        "da": "{path} er (eller ligger i) et link, der peger ud af arbejdsmappen {root}; pdsa "
        "skriver aldrig uden for arbejdsmappen. Intet er ændret.",
        "en": "{path} is (or lies in) a link that leads out of the workspace {root}; pdsa never "
        "writes outside the workspace. Nothing was changed.",
    },
    "writing.changed_meanwhile": {
        "da": "{path} blev ændret af en anden samtidig, igen og igen. Prøv igen om lidt; intet "
        "er ændret.",
        "en": "{path} kept being changed by someone else at the same time. Try again in a "
        "moment; nothing was changed.",
    },
    "cli.os_error": {
        "da": "Systemet afviste at læse eller skrive {path} ({error}). {advice}",
        "en": "The system refused to read or write {path} ({error}). {advice}",
    },
    "writing.ask.cpr_again": {
        "da": "Det ligner et CPR-nummer ({value}); CPR-numre må ikke stå i de delte filer. "
        "Skriv svaret uden.",
        "en": "That looks like a CPR number ({value}); CPR numbers must not be in the shared "
        "files. Write the answer without it.",
    },
    "writing.write_refused": {
        "da": "Kunne ikke skrive {path} ({error}). Intet er ændret. {advice}",
        "en": "Could not write {path} ({error}). Nothing was changed. {advice}",
    },
}
