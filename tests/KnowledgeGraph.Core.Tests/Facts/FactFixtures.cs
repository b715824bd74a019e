using System.Text;
using KnowledgeGraph.Core.Facts;
using KnowledgeGraph.Core.Schema;

namespace KnowledgeGraph.Core.Tests.Facts;

/// <summary>Fact files for tests: a shared file of sources and entities, and functions that read and validate YAML text.</summary>
internal static class FactFixtures
{
    public const string CommonPath = "seed/common.yaml";

    public const string ArticlePath = "seed/articles/001.yaml";

    public const string Common = """
        sources:
          - { id: source:001, title: 陈金虎率团赴深圳开展经贸洽谈活动, publishedOn: 2024-10-24 }
        entities:
          - { id: person:chen-jinhu, type: PERSON, name: 陈金虎, nameEn: Chen Jinhu }
          - { id: place:changzhou, type: CITY, name: 常州市, nameEn: Changzhou, aliases: [常州] }
          - { id: place:wujin, type: DISTRICT, name: 武进区, aliases: [武进] }
          - { id: org:china-resources, type: COMPANY, name: 华润集团 }
          - { id: project:changzhou-mixc, type: PROJECT, name: 常州万象城 }
          - { id: event:2024-shenzhen-trip, type: DELEGATION, name: 常州经贸代表团赴深圳 }
        """;

    /// <summary>A valid article file in block style, so that each key sits on its own line.</summary>
    public const string Article = """
        sources:
          - id: source:002
            title: 华润常州万象城开业
            outlet: 常州日报
            publishedOn: 2024-10
            file: 002_x.txt
        entities:
          - id: person:wang-quan
            type: PERSON
            name: 汪泉
            nameEn: Wang Quan
            aliases: [汪市长]
            note: mayor before 2024
        relationships:
          - type: HOLDS_POSITION
            from: person:chen-jinhu
            to: 常州
            role: 市委书记
            validFrom: 2024-10
            validTo: 2025-01
            evidence:
              - source: source:001
                quote: 市委书记陈金虎率常州经贸代表团赴深圳
          - type: INVESTED_IN
            from: org:china-resources
            to: project:changzhou-mixc
            date: 2024-10-22
            amount: { value: 20, unit: 亿, currency: CNY, approximate: false }
            note: total investment
            evidence:
              - source: source:002
                quote: 总投资20亿元的常州万象城项目
          - id: rel:wang-meets-china-resources
            type: MET
            from: 汪泉
            to: 华润集团
            date: 2024-10-22
            evidence:
              - source: source:002
                quote: 汪泉会见华润集团
        """;

    public static FactFile Read(string yaml, string path = ArticlePath, FactReaderOptions? options = null) =>
        ReadBytes(Encoding.UTF8.GetBytes(yaml), path, options);

    public static FactFile ReadBytes(byte[] bytes, string path = ArticlePath, FactReaderOptions? options = null)
    {
        using var content = new MemoryStream(bytes);
        return new FactReader(options).Read(path, content);
    }

    public static FactValidationResult Validate(params (string Path, string Yaml)[] files) =>
        new FactValidator(GraphSchema.Default).Validate(files.Select(f => Read(f.Yaml, f.Path)));

    /// <summary>Validates <paramref name="yaml"/> as an article next to <see cref="Common"/>.</summary>
    public static FactValidationResult ValidateWithCommon(string yaml) => Validate((CommonPath, Common), (ArticlePath, yaml));

    /// <summary>A relationship file whose single relationship is <paramref name="fields"/> (indented four spaces) plus valid evidence.</summary>
    public static string RelationshipFile(string fields) => $"""
        relationships:
          - {fields.Trim().Replace("\n", "\n    ", StringComparison.Ordinal)}
            evidence:
              - source: source:001
                quote: 一句原文
        """;
}
