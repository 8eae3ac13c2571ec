using System.Runtime.CompilerServices;
using WeiduEtl.Core.Documents;
using WeiduEtl.Parsing.Text;

namespace WeiduEtl.Tests.Parsing.Pages;

/// <summary>
/// Each page here (name.txt) parses to exactly its golden file (name.expected.json). After a deliberate change,
/// regenerate with WEIDU_UPDATE_GOLDEN=1 and read the diff as a person before keeping it.
/// </summary>
public sealed class GoldenPageTests
{
    private static readonly string PagesDir = Path.Combine(AppContext.BaseDirectory, "Parsing", "Pages");

    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.GetFiles(PagesDir, "*.txt").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(path));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void Parse_Page_MatchesGoldenFile(string name)
    {
        var bytes = File.ReadAllBytes(Path.Combine(PagesDir, name + ".txt"));
        var issue = new TextIssueParser().Parse(new SourceDocument($"pages/{name}.txt", bytes, MediaTypes.Text));
        var actual = PageJson.Serialize(issue);

        if (Environment.GetEnvironmentVariable("WEIDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDir(), name + ".expected.json"), actual);
            return;
        }
        var expectedPath = Path.Combine(PagesDir, name + ".expected.json");
        Assert.True(File.Exists(expectedPath), $"no golden file for {name}; run with WEIDU_UPDATE_GOLDEN=1 and review it");
        Assert.Equal(File.ReadAllText(expectedPath).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Pages_AreFound_AtLeastTheSeedAndThreeOthers()
    {
        Assert.True(Pages().Count >= 4);
    }

    private static string SourceDir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
