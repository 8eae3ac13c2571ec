using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Parsing.Lexicon;

/// <summary>
/// The press vocabulary the article grammar reads a page with, compiled once: the built-in lexicon with a
/// pipeline's profile on top. Every entry remembers whether it came from the built-in lexicon or the profile, so
/// <c>inspect</c> can say which entry decided a line.
/// </summary>
internal sealed class PressLexicon
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;
    private static readonly ConditionalWeakTable<PressProfile, PressLexicon> Composed = [];

    private readonly FrozenSet<string> profileEntries;
    private readonly FrozenDictionary<char, (string Word, ContributorRole Role)[]> roleWordsByFirst;
    private readonly (string Word, ContributorRole Role)[] emptyRoleWords;
    private readonly Regex?[] patterns = new Regex?[LexiconPattern.MaxPatterns];

    private PressLexicon(PressProfile builtIn, PressProfile? profile)
    {
        var merged = new ProfileMerge(builtIn, profile);
        Merged = merged;
        profileEntries = merged.ProfileEntries;
        BoxLabels = merged.BoxLabels.ToFrozenSet(StringComparer.Ordinal);
        SourceTags = merged.SourceTags.ToFrozenSet(StringComparer.Ordinal);
        RoleWords = [.. merged.RoleWords.Select(r => (r.Word, PressRoleWord.RoleOf(r.Role)!.Value)).DistinctBy(r => r.Word).OrderByDescending(r => r.Word.Length)];
        // An empty word (which profile validation rejects) would come last and match anywhere, as it does in RoleWords.
        emptyRoleWords = [.. RoleWords.Where(r => r.Word.Length == 0)];
        roleWordsByFirst = RoleWords.Where(r => r.Word.Length > 0).GroupBy(r => r.Word[0]).ToFrozenDictionary(g => g.Key, g => g.Concat(emptyRoleWords).ToArray());
        BriefColumn = new Regex($@"^[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}(?:{Alternatives(merged.BriefColumns)})$", Options);
        PictureColumn = new Regex($@"^[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}(?:{Alternatives(merged.PictureColumns)})$", Options);
        ColumnLabel = new Regex($@"^[\[(【]?[\p{{IsCJKUnifiedIdeographs}}]{{0,4}}(?:{Alternatives(merged.ColumnLabels)})[\])】]?$", Options);
        GenreLabel = new Regex($@"^[\[(]?(?:{Alternatives(merged.GenreLabels)})[\])]?\s*[:|]", Options);
        var house = Alternatives(merged.HouseNames);
        var agencies = Alternatives(merged.Agencies);
        HouseOrAgency = $"(?:{house}|{agencies})";
        House = $"(?:{house})";
        Furniture = [.. merged.Furniture.Select(f => new Regex(f, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)))];
        var layout = merged.Layout;
        // The built-in lexicon sets every threshold; a profile overrides some (ProfileMerge).
        DisplaySizeRatio = layout.DisplaySizeRatio ?? throw MissingThreshold("displaySizeRatio");
        SmallPrintRatio = layout.SmallPrintRatio ?? throw MissingThreshold("smallPrintRatio");
        MaxHeadlineLength = layout.MaxHeadlineLength ?? throw MissingThreshold("maxHeadlineLength");
        HeadlineSizeRatio = layout.HeadlineSizeRatio ?? throw MissingThreshold("headlineSizeRatio");
    }

    /// <summary>The built-in lexicon alone.</summary>
    public static PressLexicon BuiltIn { get; } = new(BuiltInLexicon.Profile, null);

    /// <summary>The built-in lexicon with <paramref name="profile"/> on top, compiled once per profile object.</summary>
    public static PressLexicon For(PressProfile? profile) =>
        profile is null ? BuiltIn : Composed.GetValue(profile, p => new PressLexicon(BuiltInLexicon.Profile, p));

    /// <summary>The lists this lexicon was compiled from, built-in and profile entries together.</summary>
    public ProfileMerge Merged { get; }

    public FrozenSet<string> BoxLabels { get; }

    public FrozenSet<string> SourceTags { get; }

    /// <summary>Longest first, so 本报通讯员 wins over 通讯员.</summary>
    public (string Word, ContributorRole Role)[] RoleWords { get; }

    /// <summary>
    /// The role words that may start at <paramref name="index"/> of <paramref name="text"/> (those with its letter first),
    /// longest first as in <see cref="RoleWords"/>: a byline's scan asks at every letter of the line.
    /// </summary>
    public (string Word, ContributorRole Role)[] RoleWordsAt(string text, int index) =>
        index < text.Length && roleWordsByFirst.TryGetValue(text[index], out var words) ? words : emptyRoleWords;

    public Regex BriefColumn { get; }

    public Regex PictureColumn { get; }

    public Regex ColumnLabel { get; }

    public Regex GenreLabel { get; }

    /// <summary>A regex alternation of the house names and agencies (本报|本刊|…|新华社|…), for rules to embed.</summary>
    public string HouseOrAgency { get; }

    public string House { get; }

    public Regex[] Furniture { get; }

    public double DisplaySizeRatio { get; }

    public double SmallPrintRatio { get; }

    public int MaxHeadlineLength { get; }

    public double HeadlineSizeRatio { get; }

    /// <summary>"profile" when the entry came from the pipeline's profile, else "built-in".</summary>
    public string Origin(string entry) => profileEntries.Contains(entry) ? "profile" : "built-in";

    /// <summary>A rule's regular expression over this lexicon's words, compiled on first use and kept with the lexicon.</summary>
    public Regex Pattern(LexiconPattern pattern)
    {
        // Two threads may both compile it the first time; either result is the same pattern.
        return Volatile.Read(ref patterns[pattern.Slot])
            ?? Interlocked.CompareExchange(ref patterns[pattern.Slot], new Regex(pattern.Build(this), Options), null)
            ?? patterns[pattern.Slot]!;
    }

    private static InvalidOperationException MissingThreshold(string field) =>
        new($"the built-in press-lexicon.json sets no layout.{field}; every threshold needs a built-in value");

    // An empty list (a profile replacing it with nothing) matches nothing rather than the empty string.
    private static string Alternatives(IEnumerable<string> words)
    {
        var alternatives = string.Join('|', words.Distinct(StringComparer.Ordinal).OrderByDescending(w => w.Length).Select(Regex.Escape));
        return alternatives.Length == 0 ? "(?!)" : alternatives;
    }
}
