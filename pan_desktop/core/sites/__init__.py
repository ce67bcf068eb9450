"""Site assessments: sites (junk shops, factories), the guideline checklists filled in on a visit, their
scores, audit log, photos and the owner's report. The specs (:mod:`.schema`) are DB-free: the hub reads them."""
