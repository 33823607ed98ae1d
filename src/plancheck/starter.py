"""The starter plan `plancheck init` writes: small, valid, and passing the gate.

It has the shape of an improvement plan of any municipality: one improvement point, one
measure with two milestones, a planning grid. Replace the placeholders (in <angle brackets>
where the text is yours to write) and grow it.
"""

STARTER_PLAN = """\
# yaml-language-server: $schema=schema/plan.schema.json
#
# An improvement plan (verbeterplan) as code. Check it with `plancheck check`, build the
# Word report and calendars with `plancheck build`. Field documentation: the schema
# (schema/plan.schema.json), shown by your editor as you type.
format: 1

document:
  title: Verbeterplan <gemeente> inzake <onderzoek>
  running_header:
    - Verbeterplan Inspectie
    - <onderzoek>
  municipalities: [<Gemeente>]
  code: VP-2026-001
  version_date: "2026-01-15"
  language: nl-NL
  author: Gemeente <Gemeente>
  inspectorates:
    - Inspectie Gezondheidszorg en Jeugd
  contents_title: Inhoudsopgave

# The words of the measure tables and the grid. Every other fixed word of the report, site
# and calendars comes from the language of document.language and may be set here too:
# measures (the plural), municipality, point, page, months, kind_deliverable, ...
labels:
  measure: Maatregel
  explanation: Toelichting maatregel
  kind: Soort maatregel
  owners: Verantwoordelijke persoon
  involved: Overige betrokkenen
  result: Resultaat/ opbrengst
  realisation: Realisatie/ tijdperiode
  embedding: Inbedding in werkwijze
  success_factors: Kritische succesfactoren
  client_perspective: Cliëntperspectief
  evaluation_row: evaluatie

revisions:
  - version: "1.0"
    date: "2026-01-15"
    reason: Eerste versie.

footnotes:
  - id: inspecties
    text: <De inspecties die het onderzoek deden.>

owners:
  - id: beleidsadviseur
    name: Beleidsadviseur Sociaal Domein
  - id: projectleider
    name: Projectleider, nog te benoemen
    appointed: false

parties:
  - id: toegang
    name: <de toegangsorganisatie>

abbreviations: []

external_milestones: []

introduction:
  title: Wat is de probleemstelling
  points_heading: "Verbeterpunten Inspecties[^inspecties]:"
  response:
    heading: Algemene reactie van de gemeente op de genoemde verbeterpunten.
    text: |
      - <Een eerste punt van de reactie.>
      - <Een tweede punt.>

improvement_points:
  - id: "1"
    title: Verbeterpunt 1
    statement: <Het verbeterpunt zoals de inspecties het formuleerden.>
    inspectorate_wording: <Het verbeterpunt zoals de inspecties het formuleerden.>
    analysis:
      title: Probleemanalyse
      parts:
        - kind: current-practice
          heading: De huidige werkwijze
          text: <Hoe het nu gaat.>
        - kind: bottlenecks
          heading: Knelpunten hierin
          text: <Wat er knelt.>
    objective:
      title: Doelstelling t.a.v. verbeterpunt 1
      text: <De doelstelling.>
    measures_title: Maatregelen
    # Numbers take any short form ("1", "3.1", A1, 1a); an item that stands for several
    # measures is a group: group: true, measures: [A2a, A2b].
    measure_list:
      - number: "1"
        text: <De maatregel in een zin.>
        measures: ["1"]
    elaboration_title: Uitwerking van de maatregelen
    measures:
      - id: "1"
        title: <De maatregel in een zin.>
        explanation: <Toelichting.>
        kind: Intern.
        owners:
          - owner: beleidsadviseur
            wording: Beleidsadviseur Sociaal Domein.
        involved:
          text: <De toegangsorganisatie.>
          parties: [toegang]
        result: <Het resultaat.>
        realisation:
          - id: 1-besluit
            wording: Voor 01-04-2026
            text: <Wat er dan besloten is.>
            due: "2026-03-31"
            kind: decision
          - id: 1-evaluatie
            wording: December 2026
            text: Evalueren.
            due: "2026-12"
            kind: evaluation
            builds_on: [1-besluit]
        embedding: <Hoe het in de werkwijze landt.>
        success_factors: <Kritische succesfactoren.>
        client_perspective: <Wat inwoners merken.>

planning:
  title: Planning
  start: "2026-01"
  end: "2026-12"
  rows:
    - measure: "1"
      work: ["2026-03"]
      evaluation: ["2026-12"]

# The plan as it is carried out: dated entries, oldest first, about a milestone
# (milestone: id) or a measure as a whole (measure: "1"). status: done, on_track, delayed
# (with expected: the new date), at_risk or dropped. `plancheck check --as-of today` checks
# the log against the date; `plancheck export progress` reports it.
progress:
  - milestone: 1-besluit
    date: "2026-01-15"
    status: on_track
    text: <Wat er tot nu toe gedaan is.>
    evidence:
      - title: <Projectplan>
        reference: <https://... of een documentnummer>

acknowledged: []
"""
