namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>Small fact files shaped like the seed: shared entities, and one article's facts.</summary>
internal static class SeedFacts
{
    public const string Common = """
        sources:
          - { id: source:001, title: 陈金虎率团赴深圳开展经贸洽谈活动, publishedOn: 2024-10-24 }
        entities:
          - { id: person:chen-jinhu, type: PERSON, name: 陈金虎, nameEn: Chen Jinhu }
          - { id: place:changzhou, type: CITY, name: 常州市, nameEn: Changzhou, aliases: [常州] }
          - { id: place:wujin, type: DISTRICT, name: 武进区, aliases: [武进] }
        """;

    public const string Article = """
        entities:
          - { id: org:china-resources, type: COMPANY, name: 华润集团 }
          - { id: project:changzhou-mixc, type: PROJECT, name: 常州万象城 }
        relationships:
          - type: HOLDS_POSITION
            from: person:chen-jinhu
            to: 常州
            role: 市委书记
            evidence:
              - { source: source:001, quote: 市委书记陈金虎率常州经贸代表团赴深圳 }
          - type: PART_OF
            from: 武进
            to: 常州
            evidence:
              - { source: source:001, quote: 常州武进 }
          - type: INVESTED_IN
            from: org:china-resources
            to: project:changzhou-mixc
            date: 2024
            amount: { value: 20, unit: 亿, currency: CNY }
            evidence:
              - { source: source:001, quote: 总投资20亿元的常州万象城项目 }
        """;
}
