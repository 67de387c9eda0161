"""Builders: each makes one report's :class:`pdsa_cli.report.document.Document` from its
model (the summary, the closing report, the change package, the driver diagram). They decide
what is said and in which words; they import no writer and know no format."""
