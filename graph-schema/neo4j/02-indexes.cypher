// Generated from graph-schema/schema.yaml; do not edit. Regenerate: KG_REGENERATE_NEO4J_SCHEMA=1 dotnet test tests/KnowledgeGraph.Storage.Neo4j.Tests
// Relationship ids, one range index per type: writes find a relationship by id and type.
CREATE INDEX rel_attended_id IF NOT EXISTS FOR ()-[r:ATTENDED]-() ON (r.id);
CREATE INDEX rel_cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() ON (r.id);
CREATE INDEX rel_focuses_on_id IF NOT EXISTS FOR ()-[r:FOCUSES_ON]-() ON (r.id);
CREATE INDEX rel_founded_id IF NOT EXISTS FOR ()-[r:FOUNDED]-() ON (r.id);
CREATE INDEX rel_holds_position_id IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.id);
CREATE INDEX rel_hosted_id IF NOT EXISTS FOR ()-[r:HOSTED]-() ON (r.id);
CREATE INDEX rel_incubated_by_id IF NOT EXISTS FOR ()-[r:INCUBATED_BY]-() ON (r.id);
CREATE INDEX rel_invested_in_id IF NOT EXISTS FOR ()-[r:INVESTED_IN]-() ON (r.id);
CREATE INDEX rel_joined_delegation_id IF NOT EXISTS FOR ()-[r:JOINED_DELEGATION]-() ON (r.id);
CREATE INDEX rel_led_delegation_id IF NOT EXISTS FOR ()-[r:LED_DELEGATION]-() ON (r.id);
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_manages_fund_id IF NOT EXISTS FOR ()-[r:MANAGES_FUND]-() ON (r.id);
CREATE INDEX rel_met_id IF NOT EXISTS FOR ()-[r:MET]-() ON (r.id);
CREATE INDEX rel_part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() ON (r.id);
CREATE INDEX rel_set_up_fund_id IF NOT EXISTS FOR ()-[r:SET_UP_FUND]-() ON (r.id);
CREATE INDEX rel_signed_id IF NOT EXISTS FOR ()-[r:SIGNED]-() ON (r.id);
CREATE INDEX rel_spoke_at_id IF NOT EXISTS FOR ()-[r:SPOKE_AT]-() ON (r.id);
CREATE INDEX rel_subsidiary_of_id IF NOT EXISTS FOR ()-[r:SUBSIDIARY_OF]-() ON (r.id);
CREATE INDEX rel_visited_id IF NOT EXISTS FOR ()-[r:VISITED]-() ON (r.id);
// Entity types: pages and searches restricted to some types filter on it.
CREATE INDEX entity_type IF NOT EXISTS FOR (n:Entity) ON (n.type);
// Names and aliases (one line each in aliasesText) for ad-hoc full-text queries; the CJK analyzer indexes Chinese by
// character bigrams. The store's own search scans the normalised keys instead, which finds every substring.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.nameEn, n.aliasesText]
  OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};
