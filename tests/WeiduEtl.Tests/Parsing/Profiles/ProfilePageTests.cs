using System.Runtime.CompilerServices;
using WeiduEtl.Core.Documents;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;
using WeiduEtl.Parsing.Pdf;
using WeiduEtl.Parsing.Text;
using WeiduEtl.Tests.Parsing.Pages;

namespace WeiduEtl.Tests.Parsing.Profiles;

/// <summary>
/// A made-up evening paper whose round-up columns (…播报, …光影), box label (一线声音), house name (莲湖网讯), role word
/// (融媒记者), unbracketed source tag (■莲宣) and slogan bar appear nowhere in the built-in lexicon: read wrongly without
/// its profile, and exactly as its golden file says with it, by data alone.
/// </summary>
public sealed class ProfilePageTests
{
    private const string Name = "lianhu_evening";
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Parsing", "Profiles");

    [Fact]
    public void Parse_WithItsProfile_MatchesTheGoldenFile()
    {
        var issue = Parse(Profile());
        var actual = PageJson.Serialize(issue);

        if (Environment.GetEnvironmentVariable("WEIDU_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(SourceDir(), Name + ".expected.json"), actual);
            return;
        }
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, Name + ".expected.json")).ReplaceLineEndings("\n"), actual);
    }

    [Fact]
    public void Parse_WithItsProfile_ReadsEachHabitOfThePaper()
    {
        var issue = Parse(Profile());

        Assert.Equal(4, issue.Articles.Count);
        var lead = issue.Articles[0];
        Assert.Null(lead.Kicker);
        Assert.Equal(["孙悦"], lead.NamesIn(ContributorRole.Reporter));
        Assert.Equal("莲宣", lead.SourceTag);
        Assert.Equal(["一线声音"], lead.Subheadings);
        Assert.All(issue.Articles.Skip(1).Take(2), brief => Assert.Equal((ArticleKind.Brief, "莲湖播报", "莲湖网讯"), (brief.Kind, brief.Section, brief.Dateline)));
        Assert.Equal((ArticleKind.Photo, "莲城光影"), (issue.Articles[3].Kind, issue.Articles[3].Section));
        Assert.Contains("page furniture: 文明莲湖　你我共建", issue.Warnings);
    }

    [Fact]
    public void Parse_WithoutItsProfile_MissesThePapersHabits()
    {
        var issue = Parse(null);

        Assert.NotEqual(4, issue.Articles.Count);
        Assert.DoesNotContain(issue.Articles, a => a.Kind == ArticleKind.Brief || a.SourceTag == "莲宣");
        Assert.Empty(issue.Articles[0].Contributors);
        Assert.Equal("文明莲湖　你我共建", issue.Articles[0].Kicker);
    }

    [Fact]
    public void Parse_APdfWithTheProfile_UsesItToo()
    {
        // The PDF parser reads the same lexicon: a profile's source tag closes an item there as well.
        var lexicon = PressLexicon.For(Profile());

        Assert.Contains("莲宣", (IReadOnlySet<string>)lexicon.SourceTags);
        Assert.Equal(new PdfIssueParser().Version + "+profile." + Profile().Fingerprint, ((WeiduEtl.Core.Ports.IIssueParser)new PdfIssueParser()).StoredVersion(Profile()));
    }

    [Fact]
    public void LexiconHits_NameTheProfileEntriesThatDecidedEachItem()
    {
        var profile = Profile();
        var issue = Parse(profile);

        var hits = issue.Articles.SelectMany(a => LexiconHits.For(a, profile)).ToList();

        Assert.Contains(new LexiconHit("sourceTags", "莲宣", "profile", "source tag"), hits);
        Assert.Contains(new LexiconHit("boxLabels", "一线声音", "profile", "box label"), hits);
        Assert.Contains(new LexiconHit("briefColumns", "播报", "profile", "section"), hits);
        Assert.Contains(new LexiconHit("houseNames", "莲湖网", "profile", "dateline"), hits);
        Assert.Contains(new LexiconHit("pictureColumns", "光影", "profile", "section"), hits);
    }

    private static ParsedIssue Parse(PressProfile? profile) =>
        new TextIssueParser().Parse(new SourceDocument($"pages/{Name}.txt", File.ReadAllBytes(Path.Combine(Folder, Name + ".txt")), MediaTypes.Text), profile);

    private static PressProfile Profile() => ProfileCache.Value;

    // One profile object for the whole class, as a pipeline holds one: the lexicon is compiled once per profile.
    private static readonly Lazy<PressProfile> ProfileCache = new(() => PressProfileReader.Load(Path.Combine(Folder, Name + ".profile.json")));

    private static string SourceDir([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
