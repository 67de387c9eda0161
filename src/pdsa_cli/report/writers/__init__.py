"""Writers: each turns any :class:`pdsa_cli.report.document.Document` into the text of one
format (terminal, Markdown, HTML). They import no builder; escaping, CPR masking, anchors, the
table of contents, folding and width live here, once."""
