"""The entity layer shared by the speakers and actors stages (its lexicon)."""
