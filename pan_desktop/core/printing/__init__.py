"""Print-ready PDFs: handouts, booklets, checklists, factsheets, policy briefs, attendance sheets,
certificates and the monthly newsletter. No Qt here; ReportLab is imported only when printing."""
