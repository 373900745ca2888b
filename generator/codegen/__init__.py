"""Stage 2, code generation: spec -> IR -> templates -> formatted files."""
