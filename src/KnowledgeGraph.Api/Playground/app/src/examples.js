// The example operations the playground opens with, one tab each, the first one active.
// They are written against the public GraphQL contract of the knowledge-graph API and are
// listed, with what each one shows, in ../README.md: keep the two in step.

const evidenceFragment = `fragment Proof on Relationship {
  type
  role
  date
  validFrom
  validTo
  evidence {
    quote
    source { title outlet publishedOn }
  }
}`;

/** @type {{ query: string, variables?: object }[]} */
export const examples = [
  {
    query: `# Organisations and people based in Shenzhen that are linked to Wujin within two hops,
# each with the path that links them and the article and quote behind every edge.
query ShenzhenPartnersOfWujin($city: EntityRef!, $linkedTo: EntityRef!, $maxHops: Int) {
  partners(city: $city, linkedTo: $linkedTo, maxHops: $maxHops) {
    hops
    entity { id type name nameEn }
    path {
      nodes { id name }
      relationships { from { name } to { name } ...Proof }
    }
  }
}

${evidenceFragment}
`,
    variables: { city: '深圳', linkedTo: '武进', maxHops: 2 },
  },
  {
    query: `# The shortest relationship paths between two names, shortest first.
# Try also { "from": "陈金虎", "to": "赛桥生物" }.
query PathsBetweenTwoNames($from: EntityRef!, $to: EntityRef!) {
  paths(from: $from, to: $to, maxHops: 4, first: 5) {
    length
    nodes { id type name }
    relationships { from { name } to { name } ...Proof }
  }
}

${evidenceFragment}
`,
    variables: { from: '汪泉', to: '江苏芯盛智能科技' },
  },
  {
    query: `# Everything within two hops of Wujin that holds or happened from 2024 on,
# as nodes and edges for a network tool; truncated says whether the limit cut it.
query WujinSubgraphSince2024($refs: [EntityRef!]!, $from: PartialDate) {
  subgraph(refs: $refs, depth: 2, from: $from, limit: 500) {
    truncated
    nodes { id type name nameEn }
    relationships {
      id
      type
      from { id }
      to { id }
      role
      date
      validFrom
      validTo
      amount { value unit currency }
    }
  }
}
`,
    variables: { refs: ['武进'], from: '2024' },
  },
  {
    query: `# Full-text search over names and aliases: Chinese substrings, English, pinyin.
query SearchNames($text: String!, $first: Int) {
  search(text: $text, first: $first) {
    score
    matched
    entity { id type name nameEn aliases }
  }
}
`,
    variables: { text: '合成生物', first: 10 },
  },
  {
    query: `# One entity by any of its names, with its relationships and their evidence.
query EntityWithRelationships($ref: EntityRef!) {
  entity(ref: $ref) {
    id
    type
    name
    nameEn
    aliases
    relationships(first: 50) { from { name } to { name } ...Proof }
  }
}

${evidenceFragment}
`,
    variables: { ref: '常州' },
  },
  {
    query: `# What the graph holds: entities and relationships by type, and the sources ingested.
query GraphStatistics {
  stats {
    entities
    relationships
    sources
    byEntityType { type count }
    byRelationType { type count }
  }
}
`,
  },
];
