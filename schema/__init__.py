"""The plan schema (plan.schema.json), installed as package data of plancheck.schema."""
