using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Scale;

/// <summary>
/// Writes a <see cref="ScaleGraph"/> as fact files: <c>gazetteer/NN.yaml</c> per province and
/// <c>articles/NN/NNNNN.yaml</c> per article, each declaring one source that its evidence cites.
/// Every file has its own publication day, so no two files state the same fact. UTF-8 without
/// a byte order mark, LF line ends: the same graph gives the same bytes.
/// </summary>
internal static class FactFileWriter
{
    private static readonly DateOnly FirstDay = new(1960, 1, 1);
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void Write(ScaleGraph graph, string folder)
    {
        var files = graph.GazetteerCount + graph.ArticleCount;
        var entitiesByFile = Group(graph.Entities.Count, files, i => graph.Entities[i].File);
        var relationshipsByFile = Group(graph.Relationships.Count, files, i => graph.Relationships[i].File);
        for (var file = 0; file < files; file++)
        {
            var path = Path.Join(folder, RelativePath(graph, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Render(graph, file, entitiesByFile[file], relationshipsByFile[file]), Utf8);
        }
    }

    /// <summary>The path of a file below the folder; articles go 1,000 to a subfolder.</summary>
    public static string RelativePath(ScaleGraph graph, int file) =>
        file < graph.GazetteerCount
            ? string.Create(CultureInfo.InvariantCulture, $"gazetteer/{file:D2}.yaml")
            : string.Create(CultureInfo.InvariantCulture, $"articles/{(file - graph.GazetteerCount) / 1000:D2}/{file - graph.GazetteerCount:D5}.yaml");

    private static List<int>[] Group(int count, int files, Func<int, int> fileOf)
    {
        var groups = new List<int>[files];
        for (var i = 0; i < files; i++)
        {
            groups[i] = [];
        }

        for (var i = 0; i < count; i++)
        {
            groups[fileOf(i)].Add(i);
        }

        return groups;
    }

    private static string Render(ScaleGraph graph, int file, List<int> entities, List<int> relationships)
    {
        var day = FirstDay.AddDays(file).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var source = string.Create(CultureInfo.InvariantCulture, $"source:scale-{file}");
        var text = new StringBuilder();
        text.Append("sources:\n");
        text.Append(CultureInfo.InvariantCulture, $"  - {{ id: {source}, title: 规模测试稿件{file}, outlet: 测试日报, publishedOn: {day} }}\n");
        if (entities.Count > 0)
        {
            text.Append("\nentities:\n");
            foreach (var e in entities.Select(i => graph.Entities[i]))
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {{ id: {e.Id}, type: {e.Type}, name: {e.Name}, nameEn: {e.NameEn} }}\n");
            }
        }

        if (relationships.Count > 0)
        {
            text.Append("\nrelationships:\n");
            foreach (var r in relationships.Select(i => graph.Relationships[i]))
            {
                var (from, to) = (graph.Entities[r.From], graph.Entities[r.To]);
                text.Append(CultureInfo.InvariantCulture, $"  - type: {r.Type}\n    from: {from.Id}\n    to: {to.Id}\n");
                if (r.Role is { } role)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    role: {role}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"    {(r.State ? "validFrom" : "date")}: {day}\n");
                if (r.Amount > 0)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    amount: {{ value: {r.Amount}, unit: 亿, currency: CNY }}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"    evidence:\n      - source: {source}\n        quote: {Quote(r.Type, from.Name, to.Name, r.Role)}\n");
            }
        }

        return text.ToString();
    }

    private static string Quote(string type, string from, string to, string? role) => type switch
    {
        "PART_OF" => $"{from}隶属于{to}",
        "LOCATED_IN" => $"{from}落户{to}",
        "FOCUSES_ON" => $"{from}专注于{to}领域",
        "HOLDS_POSITION" => $"{to}{role}{from}",
        "SUBSIDIARY_OF" => $"{from}是{to}旗下企业",
        "SET_UP_FUND" => $"{from}设立{to}",
        "MANAGES_FUND" => $"{to}由{from}管理",
        "INVESTED_IN" => $"{from}投资{to}",
        "MET" => $"{from}会见了{to}",
        "HOSTED" => $"{to}由{from}主办",
        "SPOKE_AT" => $"{from}在{to}上致辞",
        "LED_DELEGATION" => $"{from}率{to}出访",
        "JOINED_DELEGATION" => $"{from}参加{to}",
        "VISITED" => $"{from}考察{to}",
        "SIGNED" => $"{from}与{to}签约",
        "COOPERATES_WITH" => $"{from}与{to}开展合作",
        "INCUBATED_BY" => $"{from}由{to}孵化",
        _ => $"{from}出席{to}",
    };
}
