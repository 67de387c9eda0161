"""Danish help for the commands and their options (`pdsa --lang da <command> --help`).

The English help is written beside each command in the code; `cli/localise.py` swaps these in.
Keys: `help.<command>` and `help.<command>.<parameter name>`; the root command is `pdsa`.
Help for validate, list, schema and chart lives in their own areas' catalogues.
"""

_SAME_CYCLE = "Cyklussen: dens fil, <indsats>#<nummer> eller <indsats>/<nummer>."
_NO_INPUT = "Spørg ikke om noget; en manglende påkrævet værdi er en fejl."

MESSAGES: dict[str, dict[str, str]] = {
    # The words of the help screen itself.
    "help.ui.arguments": {"da": "Argumenter"},
    "help.ui.options": {"da": "Tilvalg"},
    "help.ui.commands": {"da": "Kommandoer"},
    "help.ui.errors": {"da": "Fejl"},
    "help.ui.required": {"da": "[påkrævet]"},
    "help.ui.default": {"da": "[standard: {}]"},
    "help.ui.aborted": {"da": "Afbrudt."},
    "help.ui.help_option": {"da": "Vis denne hjælp og afslut."},
    # The root command and its global options.
    "help.pdsa": {
        "da": "Log PDSA-cyklusser, og analysér forbedringsdata med seriediagrammer og SPC-kort.",
    },
    "help.pdsa.lang": {"da": "Sprog: da eller en (standard: programmets)."},
    "help.pdsa.cycles": {"da": "Arbejdsmappen (standard: ./cycles)."},
    "help.pdsa.debug": {"da": "Vis tekniske detaljer (traceback) ved fejl i programmet."},
    "help.pdsa.version": {"da": "Vis versionen."},
    "help.pdsa.install_completion": {
        "da": "Installér fuldførelse (tab-tasten) for den skal, du bruger.",
    },
    "help.pdsa.show_completion": {
        "da": "Vis fuldførelsen for den skal, du bruger, så du kan kopiere eller tilpasse den.",
    },
    # pdsa init
    "help.init": {
        "da": "Opret en ny arbejdsmappe: programme.yaml, JSON-skemaerne til editoren og en "
        ".gitignore.\n\nSkemaerne lægges i MAPPE/schemas/ (filerne peger på dem med en relativ "
        "`# yaml-language-server: $schema=`-linje), medmindre MAPPE allerede ligger ved siden "
        "af en schemas/-mappe.",
    },
    "help.init.directory": {
        "da": "Mappen til den nye arbejdsmappe (standard: --cycles, dvs. ./cycles).",
    },
    "help.init.name": {"da": "Programmets navn."},
    "help.init.language": {"da": "Programmets sprog: da eller en."},
    "help.init.tracks": {
        "da": "Et spors navn; angiv det én gang for hvert spor (spor 1, 2, 3, ...)."
    },
    "help.init.no_schemas": {"da": "Kopiér ikke JSON-skemaerne ind i arbejdsmappen."},
    "help.init.no_input": {"da": _NO_INPUT},
    # pdsa new
    "help.new": {
        "da": "Start næste PDSA-cyklus i en indsats' rampe (spørger om det, der mangler).\n\n"
        "Vælger næste cyklusnummer, skriver en cyklusfil, der validerer, og viser dens sti. "
        "--from N fortsætter rampen fra cyklus N's Act (dens næste skridt). Overskriver "
        "aldrig en fil.",
    },
    "help.new.initiative": {"da": "Indsatsens id."},
    "help.new.municipality": {"da": "Kommunens id."},
    "help.new.title": {"da": "Cyklussens titel."},
    "help.new.objective": {"da": "Hvad cyklussen afprøver."},
    "help.new.question": {"da": "Et spørgsmål (kan gentages)."},
    "help.new.prediction": {"da": "Forudsigelsen til hvert --question, i samme rækkefølge."},
    "help.new.who": {"da": "Hvem der udfører afprøvningen."},
    "help.new.what": {"da": "Hvad der gøres i afprøvningen."},
    "help.new.where": {"da": "Hvor afprøvningen foregår."},
    "help.new.when": {"da": "Hvornår afprøvningen foregår."},
    "help.new.data_collection": {"da": "De data, der skal indsamles."},
    "help.new.measure": {"da": "Id på en tilknyttet måling (kan gentages)."},
    "help.new.change_idea": {"da": "Den forandringsidé, der afprøves."},
    "help.new.date": {"da": "Plandato (standard: rampens seneste dato, ellers i dag)."},
    "help.new.from_cycle": {"da": "Fortsæt rampen fra cyklus N: dens Act's næste skridt."},
    "help.new.new_initiative": {"da": "Opret indsatsen."},
    "help.new.initiative_name": {"da": "Den nye indsats' navn."},
    "help.new.track": {"da": "Den nye indsats' spor: dets nummer i programme.yaml."},
    "help.new.driver": {"da": "Den nye indsats' sekundære driver (dens id i programme.yaml)."},
    "help.new.aim": {"da": "Den nye indsats' mål."},
    "help.new.method": {"da": "Den nye indsats' metode."},
    "help.new.method_description": {"da": "Med --method other: hvad metoden er."},
    "help.new.new_municipality": {"da": "Opret kommunen."},
    "help.new.municipality_name": {"da": "Den nye kommunes navn."},
    "help.new.contact_role": {
        "da": "Den nye kommunes kontakt (en rolle, fx læringsagent, ikke et navn).",
    },
    "help.new.no_input": {"da": _NO_INPUT},
    # pdsa do / study / act
    "help.do": {"da": "Udfyld Do-fasen: hvornår afprøvningen blev gennemført, og hvad der skete."},
    "help.do.cycle": {"da": _SAME_CYCLE},
    "help.do.start": {"da": "Hvornår afprøvningen begyndte (standard: i dag)."},
    "help.do.end": {"da": "Hvornår afprøvningen sluttede."},
    "help.do.what_happened": {"da": "Hvad der skete under afprøvningen."},
    "help.do.problems": {"da": "Problemer undervejs."},
    "help.do.surprises": {"da": "Hvad der overraskede jer."},
    "help.aim": {"da": "Sæt en indsats' mål: formulering, måling, målværdi og måldato."},
    "help.aim.initiative": {"da": "Indsatsen, hvis mål sættes."},
    "help.aim.statement": {"da": "SMART-målet i ord: hvad, hvor meget, hvornår."},
    "help.aim.measure": {"da": "Målingen, målværdien gælder."},
    "help.aim.target": {"da": "Målværdien (0,8 eller 0.8)."},
    "help.aim.target_date": {"da": "Hvornår målværdien skal være nået."},
    "help.seminar": {
        "da": "Tilføj et læringsseminar til programmet, eller ret det med det nummer."
    },
    "help.seminar.number_": {"da": "Seminarets nummer."},
    "help.seminar.date": {"da": "Seminarets dato (2022-09-05, 05.09.22, ...)."},
    "help.seminar.title": {"da": "Seminarets titel."},
    "help.seminar.place": {"da": "Hvor det holdes."},
    "help.programme": {
        "da": "Sæt programmets slutdato (målinger meldes ikke forældede efter den)."
    },
    "help.programme.end": {"da": "Programmets sidste dag (2023-06-30, 30.06.23, ...)."},
    "help.do.plan_date": {"da": "Flyt planens dato (en cyklus, der skrives ned bagefter)."},
    "help.do.no_input": {"da": _NO_INPUT},
    "help.study": {
        "da": "Udfyld Study-fasen: resultaterne ved siden af forudsigelserne, og hvad I "
        "lærte.\n\nTalforudsigelserne vises med de værdier, der blev målt i deres periode; "
        "den tekst tilbydes som sammenligningen med forudsigelserne, som I kan godkende, "
        "rette eller springe over.",
    },
    "help.study.cycle": {"da": _SAME_CYCLE},
    "help.study.date": {"da": "Dato for studiet (standard: i dag)."},
    "help.study.results": {"da": "Hvad data viste."},
    "help.study.compared": {"da": "Resultaterne sammenlignet med forudsigelserne."},
    "help.study.learning": {"da": "Hvad I lærte."},
    "help.study.from_data": {
        "da": "Skriv de målte værdier for talforudsigelserne som sammenligningen (medmindre "
        "--compared er angivet).",
    },
    "help.study.no_input": {"da": _NO_INPUT},
    "help.act": {
        "da": "Udfyld Act-fasen: indfør, tilpas eller forkast, og "
        "næste skridt.\n\nInteraktivt tilbyder den derefter at starte rampens næste cyklus "
        "fra det næste skridt.",
    },
    "help.act.cycle": {"da": _SAME_CYCLE},
    "help.act.decision": {
        "da": "indfør, tilpas eller forkast (adopt, adapt, abandon virker også)."
    },
    "help.act.next_step": {"da": "Hvad næste cyklus afprøver."},
    "help.act.date": {"da": "Dato for beslutningen (standard: i dag)."},
    "help.act.no_input": {"da": _NO_INPUT},
    # pdsa new-measure
    "help.new-measure": {
        "da": "Tilføj en måling til en indsats (spørger om det, der mangler); log derefter "
        "data med pdsa log.",
    },
    "help.new-measure.measure_id": {
        "da": "Den nye målings id (dens filnavn), fx hoert.",
    },
    "help.new-measure.initiative": {"da": "Indsatsen, målingen hører til."},
    "help.new-measure.name": {"da": "Dens navn, som titel på diagrammet."},
    "help.new-measure.family": {
        "da": "resultat, proces eller balance (outcome, process, balancing virker også)."
    },
    "help.new-measure.definition": {
        "da": "Den operationelle definition: hvad der tælles, og hvordan.",
    },
    "help.new-measure.unit": {"da": "Enheden, fx minutter."},
    "help.new-measure.data_type": {
        "da": "værdi, antal, andel eller rate (value, count, proportion virker også).",
    },
    "help.new-measure.chart": {"da": "run, i, mr, p, pp, u, up, c, xbar, s, g eller t."},
    "help.new-measure.direction": {
        "da": "Hvilken vej er bedre: op, ned eller neutral (up, down virker også)."
    },
    "help.new-measure.frequency": {
        "da": "dag, uge eller måned (én værdi pr. periode; day, week, month virker også).",
    },
    "help.new-measure.target": {"da": "En målværdi."},
    "help.new-measure.theme": {
        "da": "Et tema, målingen deler med andre kommuner, fx dokumentationstid "
        "(documentation-time): rapporterne viser målingerne med temaet side om side."
    },
    "help.new-measure.no_input": {"da": _NO_INPUT},
    # pdsa log
    "help.log": {
        "da": "Tilføj en måling til et mål, kontrolleret mod målets datatype, enhed og "
        "perioder.\n\nEn anden værdi for samme periode (samme dag, ISO-uge eller måned efter "
        "målets hyppighed) afvises, medmindre --replace er angivet.",
    },
    "help.log.measure": {"da": "Målets id (dets filnavn)."},
    "help.log.date": {
        "da": "Datoen: 2021-03-15, 15.03.2021, 15.03.21, 'uge 36 2022' eller 2022-W36 "
        "(gemmes som ISO)."
    },
    "help.log.value": {"da": "Værdien (14, 14,5 eller -3)."},
    "help.log.numerator": {"da": "Tæller, for andele og rater."},
    "help.log.denominator": {"da": "Nævner, for andele og rater."},
    "help.log.note": {"da": "En bemærkning til målingen."},
    "help.log.exclude": {"da": "Vis den på diagrammet, men hold den uden for beregningerne."},
    "help.log.reason": {"da": "Hvorfor den holdes udenfor."},
    "help.log.replace": {"da": "Erstat målingen for samme periode."},
    "help.log.from_csv": {
        "da": "Tilføj alle rækker i en CSV-fil (dato,værdi eller dato,tæller,nævner; "
        "bemærkning, udelad, begrundelse), alle eller ingen.",
    },
    # pdsa serve
    "help.serve": {
        "da": "Åbn arbejdsmappen i din browser: sider og formularer over de samme filer, med de "
        "samme kontroller. Kun denne computer kan nå den, og kun med det link, den viser.",
    },
    "help.serve.port": {"da": "Porten på 127.0.0.1."},
    "help.serve.no_browser": {"da": "Vis kun linket; åbn ingen browser."},
    # pdsa show
    "help.show": {
        "da": "Vis én cyklus eller én indsats, så den er let at læse.\n\nEn cyklus: planen med "
        "forudsigelserne ved siden af studiets resultater, derefter Do og Act. En indsats: "
        "dens mål, dens rampe af cyklusser og dens målinger.",
    },
    "help.show.what": {
        "da": "En cyklus (dens fil, <indsats>#<nummer> eller <indsats>/<nummer>) eller en "
        "indsats' id.",
    },
    # pdsa analyze
    "help.analyze": {
        "da": "Centerlinje, kontrolgrænser og signaler for en CSV-fil eller et mål i "
        "arbejdsmappen.",
    },
    "help.analyze.source": {"da": "En CSV-fil (x, y[, n, part, note]) eller et måls id."},
    "help.analyze.chart": {"da": "run, i, mr, p, pp, u, up, c, xbar, s, g eller t."},
    "help.analyze.rules": {"da": "anhoej, ihi, mdc eller weco."},
    "help.analyze.freeze": {"da": "De første K punkter (i hver fase) fastlægger grænserne."},
    "help.analyze.part": {"da": "Faser: K1,K2,... (fase 1 er punkt 1..K1)."},
    "help.analyze.exclude": {"da": "Punkter, der holdes uden for beregningerne: i,j,..."},
    "help.analyze.cl": {"da": "En kendt centerlinje."},
    "help.analyze.multiply": {"da": "Fx 100 for procent."},
    "help.analyze.screen_mr": {"da": "Frasortér store glidende variationsbredder (moving ranges)."},
    "help.analyze.direction": {"da": "Hvilken vej er bedre: up, down eller neutral."},
    "help.analyze.target": {"da": "Målværdien."},
    "help.analyze.agg": {"da": "Værdier i en undergruppe: mean, median eller sum."},
    "help.analyze.phase_at_adopt": {"da": "En ny fase ved hver cyklus, der blev indført."},
    "help.analyze.as_json": {"da": "JSON-kontrakten på standard-output."},
    "help.analyze.fail_on_signal": {"da": "Afslut med kode 1, når en regel giver signal."},
    # pdsa import / export
    "help.import": {
        "da": "Tilføj rækkerne fra et regneark til et mål efter en forhåndsvisning; intet "
        "skrives, hvis en række er forkert (hver forkert række nævnes med linje og kolonne)."
        "\n\nKolonnerne gættes ud fra overskrifter som Dato, Uge, Måned, Værdi, Antal, "
        "Tæller, Nævner; når ingen overskrift nævner værdien, bruges den ene kolonne med tal, "
        "der er tilbage (forhåndsvisningen siger hvilken). Uger (2021-W14, uge 14 2021) og "
        'måneder (marts 2021, 2021-03) læses som perioder. "40 %" læses til et mål i %; '
        "en andel skal have tæller og nævner.",
    },
    "help.import.file": {"da": "En .xlsx-fil eller en CSV-eksport."},
    "help.import.measure": {"da": "Målet, rækkerne føjes til."},
    "help.import.sep": {"da": "CSV-skilletegn (standard: findes automatisk)."},
    "help.import.decimal": {"da": "Decimaltegn, '.' eller ',' (standard: findes automatisk)."},
    "help.import.sheet": {"da": "Arket i .xlsx-filen (standard: det første)."},
    "help.import.header_row": {
        "da": "Rækken med overskrifterne (standard: findes under eventuelle titelrækker)."
    },
    "help.import.date_col": {"da": "Kolonnen med dato/uge/måned."},
    "help.import.value_col": {"da": "Kolonnen med værdien."},
    "help.import.numerator_col": {"da": "Kolonnen med tælleren."},
    "help.import.denominator_col": {"da": "Kolonnen med nævneren."},
    "help.import.note_col": {"da": "Kolonnen med bemærkninger."},
    "help.import.from_measure": {
        "da": "I en fil med flere mål (en eksport): hvis rækker der skal læses (standard: "
        "målets egne, ellers filens eneste mål).",
    },
    "help.import.replace": {"da": "Erstat målinger for perioder, der allerede er logget."},
    "help.import.dry_run": {"da": "Vis forhåndsvisningen, skriv intet."},
    "help.import.yes": {"da": "Skriv uden at spørge."},
    "help.export": {
        "da": "Eksportér alle målinger eller alle cyklusser som én ryddelig tabel.\n\n"
        "Standard-CSV'en er til værktøjer (',', decimalpunktum, engelske kolonnenavne). Til "
        "Excel: brug --excel. En .xlsx-fil får begge tabeller, ét ark hver, med rigtige "
        "datoer og tal og arbejdsmappens sprog i overskrifter og ord.",
    },
    "help.export.what": {"da": "Hvad der eksporteres."},
    "help.export.out": {"da": "Filen: .csv eller .xlsx (standard: CSV på skærmen)."},
    "help.export.excel": {
        "da": "Til Excel på arbejdsmappens sprog: på dansk ';' mellem felterne, decimalkomma, "
        "danske overskrifter og ja/nej; byte-order-mærke (æøå vises rigtigt) og CRLF.",
    },
    "help.export.sep": {
        "da": "CSV-skilletegn (standard ','; med --excel: sprogets).",
    },
    "help.export.force": {"da": "Overskriv filen, hvis den findes."},
    # pdsa list (the rest is in validate.py)
    "help.list.status": {
        "da": "aktiv, indført, forkastet, spredt (indsatser) eller planlagt, 'i gang', studeres, "
        "afsluttet (cyklusser). De engelske ord virker også.",
    },
    "help.list.decision": {
        "da": "indfør, tilpas eller forkast (adopt, adapt, abandon virker også)."
    },
    # pdsa predictions
    "help.predictions": {
        "da": "Tjek cyklussernes talforudsigelser mod data: holdt, ikke holdt eller ingen "
        "data endnu.",
    },
    "help.predictions.municipality": {"da": "Kun denne kommune (dens id)."},
    "help.predictions.as_json": {"da": "Skriv JSON til andre værktøjer."},
    # pdsa summary
    "help.summary": {
        "da": "Overblikket til et læringsseminar (standard: den seneste seminarperiode).",
    },
    "help.summary.format": {
        "da": "terminal, md, html eller json (standard: efter endelsen på --out, ellers terminal).",
    },
    "help.summary.out": {
        "da": "Skriv til denne fil: .html, .md, .json eller .txt (standard: skærmen)."
    },
    "help.summary.since": {
        "da": "Dæk perioden fra denne dato til i dag: 2021-06-01, 01-06-2021 eller 01.06.2021."
    },
    "help.summary.seminar": {"da": "Dæk det, der førte frem til seminar nummer N."},
    "help.summary.municipality": {"da": "Kun denne kommune (dens id)."},
    "help.summary.lang": {"da": "Sprog: da eller en (standard: programmets)."},
    "help.summary.charts": {"da": "Tegn diagrammer (md og html)."},
    "help.summary.jobs": {"da": "Antal processer, der tegner diagrammer."},
}
