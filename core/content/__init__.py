"""Guide and advice wording per language, and region packs."""
