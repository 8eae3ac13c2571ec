using WeiduEtl.Core.Options;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Tests.Parsing.Profiles;

public sealed class PressProfileReaderTests
{
    [Fact]
    public void Parse_EveryKindOfProblem_IsListedAtOnceWithFileAndField()
    {
        var error = Assert.Throws<ConfigurationException>(() => PressProfileReader.Parse("""
            { "boxLabel": ["一线声音"], "roleWords": [{ "word": "融媒记者", "role": "editor" }],
              "furniture": ["(unclosed"], "replace": ["columns"], "layout": { "displaySizeRatio": 0.5 } }
            """, "/data/lianhu.json"));

        Assert.Single(error.Problems);
        Assert.StartsWith("/data/lianhu.json: field 'boxLabel': not a known field; did you mean 'boxLabels'?", error.Problems[0], StringComparison.Ordinal);

        var values = Assert.Throws<ConfigurationException>(() => PressProfileReader.Parse("""
            { "roleWords": [{ "word": "融媒记者", "role": "editor" }], "furniture": ["(unclosed"], "replace": ["columns"],
              "layout": { "displaySizeRatio": 0.5 }, "boxLabels": [""] }
            """, "/data/lianhu.json"));

        Assert.Equal(5, values.Problems.Count);
        Assert.All(values.Problems, p => Assert.StartsWith("/data/lianhu.json: field '", p, StringComparison.Ordinal));
        Assert.Contains(values.Problems, p => p.Contains("'replace': 'columns' is not a list", StringComparison.Ordinal));
        Assert.Contains(values.Problems, p => p.Contains("'roleWords[0].role': 'editor' is not a role", StringComparison.Ordinal));
        Assert.Contains(values.Problems, p => p.Contains("'furniture[0]': not a regular expression", StringComparison.Ordinal));
        Assert.Contains(values.Problems, p => p.Contains("'boxLabels[0]'", StringComparison.Ordinal));
        Assert.Contains(values.Problems, p => p.Contains("'layout.displaySizeRatio': 0.5 is outside", StringComparison.Ordinal));
    }

    [Fact]
    public void BuiltInLexicon_IsAValidProfileThatAUserCanRead()
    {
        Assert.Empty(PressProfileReader.Problems(BuiltInLexicon.Profile));
        Assert.Contains("// The built-in press lexicon", BuiltInLexicon.Json, StringComparison.Ordinal);
        Assert.Contains("核心阅读", BuiltInLexicon.Profile.BoxLabels);
    }

    [Fact]
    public void Replace_ALists_DropsTheBuiltInEntries()
    {
        var profile = PressProfileReader.Parse("""{ "replace": ["boxLabels"], "boxLabels": ["一线声音"] }""", "p.json");

        var lexicon = PressLexicon.For(profile);

        Assert.Equal(["一线声音"], lexicon.BoxLabels);
        Assert.Equal("profile", lexicon.Origin("一线声音"));
        Assert.Contains("新华社", PressLexicon.For(profile).Merged.Agencies);
    }

    [Fact]
    public void Fingerprint_ChangesWithTheFile()
    {
        var a = PressProfileReader.Parse("""{ "boxLabels": ["一线声音"] }""", "p.json");
        var b = PressProfileReader.Parse("""{ "boxLabels": ["一线声音", "记者追问"] }""", "p.json");

        Assert.Matches("^[0-9a-f]{8}$", a.Fingerprint);
        Assert.NotEqual(a.Fingerprint, b.Fingerprint);
    }
}
