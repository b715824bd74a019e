namespace KnowledgeGraph.Ingestion.Tests.Support;

/// <summary>A temporary folder of source articles, deleted when the test ends.</summary>
internal sealed class ArticlesFolder : IDisposable
{
    /// <summary>The file name of the article printing every quote of <see cref="SeedFacts"/>.</summary>
    public const string SampleFile = "001_sample.txt";

    /// <summary>The article as printed, its lines broken where the quotes do not break them.</summary>
    public const string SampleText = """
        10月22日，市委书记陈金虎率常州经贸代表团
        赴深圳。华润集团总投资20亿元的常州万象城项目落户常州武进。
        """;

    private ArticlesFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kg-articles-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>A folder holding <see cref="SampleText"/> as <see cref="SampleFile"/>.</summary>
    public static ArticlesFolder WithSampleArticle()
    {
        var folder = new ArticlesFolder();
        File.WriteAllText(System.IO.Path.Combine(folder.Path, SampleFile), SampleText);
        return folder;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
