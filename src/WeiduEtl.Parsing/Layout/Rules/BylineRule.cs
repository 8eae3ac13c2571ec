using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A byline or credit line: role words followed by names (本报记者 周晓岚 通讯员 钱立新), prefix marks (文/X 图/Y),
/// and suffix marks (X 文/图, 本报记者 X 摄). A line with no role word or mark is not a byline: a bare list of
/// names cannot be told from a headline.
/// </summary>
internal static partial class BylineRule
{
    // Long enough for a national daily's round-up credit of a dozen reporters; the scan still takes only role words and names.
    private const int MaxLength = 96;

    // Some papers set a box or bullet before the byline (□ 本报记者 王强).
    private static readonly char[] LeadingMarks = ['■', '□', '●', '○', '◆', '◇', '▲', '△', '★', '☆', '◎'];

    /// <summary>True for a line set off by a box or bullet before it (□融媒体记者 X).</summary>
    public static bool IsBoxMarked(string text) => Punctuation.TrimSpaces(text) is { Length: > 1 } t && LeadingMarks.Contains(t[0]);

    private static readonly (string Mark, ContributorRole[] Roles)[] PrefixMarks =
    [
        ("文/图", [ContributorRole.Reporter, ContributorRole.Photographer]), ("图/文", [ContributorRole.Reporter, ContributorRole.Photographer]),
        ("图文/", [ContributorRole.Reporter, ContributorRole.Photographer]), ("文图/", [ContributorRole.Reporter, ContributorRole.Photographer]),
        ("摄影/", [ContributorRole.Photographer]), ("摄影:", [ContributorRole.Photographer]), ("图片/", [ContributorRole.Photographer]),
        ("图/", [ContributorRole.Photographer]), ("图:", [ContributorRole.Photographer]), ("摄/", [ContributorRole.Photographer]),
        ("文/", [ContributorRole.Reporter]), ("文:", [ContributorRole.Reporter]),
    ];

    private static readonly string PrefixMarkFirsts = string.Concat(PrefixMarks.Select(m => m.Mark[0]).Distinct());

    private static readonly string[] WriteAndShootSuffixes = ["文/图", "图/文", "文/摄", "摄/文", "文图", "图文"];

    // 摄影报道 after the names credits a picture report (本报通讯员 王某摄影报道): its pictures are theirs, as 摄 says.
    private static readonly string[] ShotSuffixes = ["摄", "/摄", "摄影", "摄影报道", "摄影报导"];
    private static readonly string[] ReportSuffixes = ["报道", "报导"];

    // 综合本报记者 X 报道, 综合新华社记者 X 报道: verbs that say the article gathers the named people's reports.
    private static readonly string[] CompilingVerbs = ["综合", "汇总"];

    // 本报评论员, 新华社评论员: a byline without a name.
    private static readonly LexiconPattern AnonymousByline = new(static l => $"^{l.HouseOrAgency}(?:特约)?评论员$");

    public static bool TryParse(string text, PressLexicon lexicon, out IReadOnlyList<Contributor> contributors)
    {
        contributors = [];
        var printed = Punctuation.TrimSpaces(Punctuation.TrimSpaces(text).TrimStart(LeadingMarks));
        if (printed.Length == 0 || Punctuation.VisibleLength(printed) > MaxLength)
        {
            return false;
        }
        var folded = MarksBeforeNames(Punctuation.Fold(printed));
        if (lexicon.Pattern(AnonymousByline).IsMatch(folded))
        {
            // 本报评论员 over a commentary: a byline that names nobody.
            return true;
        }
        if (OriginAuthor().Match(folded) is { Success: true } origin)
        {
            // （泰国）功·塔帕朗西, （日本）新井健生 under the headline of a guest's piece: the writer, with the country
            // they write from. The bracket says a name follows, so foreign names need no Chinese surname.
            contributors = [new Contributor(printed[origin.Groups["name"].Index..], ContributorRole.Reporter, printed)];
            return true;
        }
        if (CompilingVerbLength(folded, lexicon) is var compiled and > 0)
        {
            // 综合本报记者 X、Y 报道: the article is put together from their reports; 综合 is no one's name.
            printed = printed[compiled..];
            folded = folded[compiled..];
        }
        if (!TryScan(folded, lexicon, out var segments, out var suffix, out var suffixStart))
        {
            return false;
        }
        var result = Assign(printed, segments, suffix, suffixStart);
        if (result is null)
        {
            return false;
        }
        contributors = result;
        return true;
    }

    /// <summary>
    /// A mark after each name (本报记者 王某/文 李某/图) says what that person did, as a mark before it does (文/王某): set
    /// before the name, in the same letters, so the scan reads one form and the credit keeps its place in the printed line.
    /// A name ending in 文 or 图 is left alone: 王某文/图 is 王某 with the writer-and-photographer mark. A role word may
    /// be set close against the name (本报记者王某/文).
    /// </summary>
    private static string MarksBeforeNames(string folded) =>
        folded.Contains('/', StringComparison.Ordinal) ? MarkAfterName().Replace(folded, "${mark}/${name}") : folded;

    private static bool TryScan(string f, PressLexicon lexicon, out List<Segment> segments, out Suffix suffix, out int suffixStart)
    {
        segments = [];
        suffix = Suffix.None;
        suffixStart = f.Length;
        Segment? current = null;
        var i = 0;
        while (i < f.Length)
        {
            var c = f[i];
            if (c is ' ' or '、' or ',')
            {
                i++;
                continue;
            }
            if (MatchSuffix(f.AsSpan(i).TrimEnd()) is var s and not Suffix.None && (current is not null || segments.Count > 0))
            {
                suffix = s;
                suffixStart = i;
                break;
            }
            var isMark = TryPrefixMark(f, i, out var roles, out var length);
            if (isMark || TryRoleWord(f, i, lexicon, out roles, out length) || TryOutletRoleWord(f, i, lexicon, out roles, out length))
            {
                // 文/图 本报记者 赵婧, 图/记者 许嘉, 本报记者 文/图 王五: where a mark and a role word stand before the
                // same names, the mark says what the person did and the role word is the job title.
                if (current is { Runs.Count: 0 } && current.FromMark != isMark)
                {
                    if (isMark)
                    {
                        segments[^1] = current = new Segment(roles, current.Start) { FromMark = true };
                    }
                }
                else
                {
                    current = new Segment(roles, i) { FromMark = isMark };
                    segments.Add(current);
                }
                i += length;
                while (i < f.Length && f[i] is ':' or ' ')
                {
                    i++;
                }
                // 记者/王某: a list page sets a slash between the role word and the name, as others set a colon.
                if (!isMark && i + 1 < f.Length && f[i] == '/' && Punctuation.IsHan(f[i + 1]) && !StartsMark(f, i + 1, lexicon))
                {
                    i++;
                }
                continue;
            }
            if (Punctuation.IsHan(c) || c is '·' or '•')
            {
                var j = i + 1;
                while (j < f.Length && (Punctuation.IsHan(f[j]) || f[j] is '·' or '•') && !StartsMark(f, j, lexicon))
                {
                    j++;
                }
                if (current is null)
                {
                    current = new Segment([], i);
                    segments.Add(current);
                }
                current.Runs.Add(f[i..j]);
                current.End = j;
                i = j;
                continue;
            }
            return false;
        }
        return segments.Count > 0 && segments.All(x => x.Runs.Count > 0)
            && (suffix != Suffix.None || segments.Any(x => x.Roles.Length > 0));
    }

    private static List<Contributor>? Assign(string printed, List<Segment> segments, Suffix suffix, int suffixStart)
    {
        var result = new List<Contributor>();
        for (var k = 0; k < segments.Count; k++)
        {
            var segment = segments[k];
            var names = MergeSplitNames(segment.Runs);
            if (names.Any(n => !PersonNames.IsPlausible(n)))
            {
                return null;
            }
            var isLast = k == segments.Count - 1;
            var roles = segment.Roles;
            if (isLast && suffix == Suffix.Shot)
            {
                roles = [ContributorRole.Photographer];
            }
            else if (roles.Length == 0)
            {
                roles = suffix switch
                {
                    Suffix.WriteAndShoot or Suffix.Report => [ContributorRole.Reporter],
                    Suffix.Shot => [ContributorRole.Photographer],
                    _ when k == 0 && segments.Count > 1 && names.All(IsBareWriter) => [ContributorRole.Reporter],
                    _ => [],
                };
            }
            if (roles.Length == 0)
            {
                return null;
            }
            var end = isLast && suffix == Suffix.Shot ? printed.Length : (isLast ? Math.Min(segment.End, suffixStart) : segment.End);
            var credit = Punctuation.TrimSpaces(printed[segment.Start..end]);
            result.AddRange(from name in names from role in roles select new Contributor(name, role, credit));
        }
        if (suffix == Suffix.WriteAndShoot)
        {
            var writers = result.Where(c => c.Role == ContributorRole.Reporter).Select(c => c.Name).ToList();
            var shooters = writers.Count > 0 ? writers : result.Select(c => c.Name).ToList();
            result.AddRange(shooters.Distinct().Select(n => new Contributor(n, ContributorRole.Photographer, printed)));
        }
        return result.DistinctBy(c => (c.Name, c.Role)).ToList();
    }

    /// <summary>
    /// Evening papers print their own writers' names bare before the role words of the rest (王芳 陈晨 实习生 李可):
    /// names of two or three letters that start with a surname, credited as the writers.
    /// </summary>
    private static bool IsBareWriter(string name) => name.Length is 2 or 3 && PersonNames.IsSurname(name[0]);

    /// <summary>Papers pad two-character names to three with a full-width space (王　远); single characters rejoin.</summary>
    private static List<string> MergeSplitNames(List<string> runs)
    {
        var names = new List<string>();
        for (var i = 0; i < runs.Count; i++)
        {
            if (runs[i].Length == 1 && i + 1 < runs.Count && runs[i + 1].Length == 1)
            {
                names.Add(runs[i] + runs[i + 1]);
                i++;
            }
            else
            {
                names.Add(runs[i]);
            }
        }
        return names;
    }

    /// <summary>The suffix mark that the rest of the line is; a span, as the scan asks at every letter of the line.</summary>
    private static Suffix MatchSuffix(ReadOnlySpan<char> rest)
    {
        if (IsOneOf(rest, WriteAndShootSuffixes))
        {
            return Suffix.WriteAndShoot;
        }
        if (IsOneOf(rest, ShotSuffixes))
        {
            return Suffix.Shot;
        }
        return IsOneOf(rest, ReportSuffixes) ? Suffix.Report : Suffix.None;
    }

    private static bool IsOneOf(ReadOnlySpan<char> rest, string[] marks)
    {
        foreach (var mark in marks)
        {
            if (rest.SequenceEqual(mark))
            {
                return true;
            }
        }
        return false;
    }

    private static bool StartsMark(string f, int j, PressLexicon lexicon) =>
        TryPrefixMark(f, j, out _, out _) || TryRoleWord(f, j, lexicon, out _, out _) || MatchSuffix(f.AsSpan(j).TrimEnd()) != Suffix.None;

    /// <summary>The length of a leading 综合 (compiled from) when role words follow it, else 0.</summary>
    private static int CompilingVerbLength(string f, PressLexicon lexicon)
    {
        foreach (var verb in CompilingVerbs)
        {
            if (f.StartsWith(verb, StringComparison.Ordinal) && TryRoleWord(f[verb.Length..].TrimStart(), 0, lexicon, out _, out _))
            {
                return verb.Length;
            }
        }
        return 0;
    }

    private static bool TryPrefixMark(string f, int i, out ContributorRole[] roles, out int length)
    {
        // Most letters start no mark; the scan asks at every letter of the line.
        var marks = i < f.Length && PrefixMarkFirsts.Contains(f[i]) ? PrefixMarks : [];
        foreach (var (mark, markRoles) in marks)
        {
            if (string.CompareOrdinal(f, i, mark, 0, mark.Length) == 0 && i + mark.Length < f.Length)
            {
                roles = markRoles;
                length = mark.Length;
                return true;
            }
        }
        roles = [];
        length = 0;
        return false;
    }

    /// <summary>
    /// A role word with the name of the paper or outlet before it (晨报记者, 东南网记者, 市台通讯员, 县融媒体中心 记者,
    /// 晚报/客户端记者, 某某·农民报通讯员): the run before the role word ends as an outlet's name does, so it is part of
    /// the job title, never a name. At the head of a credit, a run glued to a media role word (沿江全媒体记者) is the
    /// outlet's short name, as no one prints a person's name glued before their newsroom's title.
    /// </summary>
    private static bool TryOutletRoleWord(string f, int i, PressLexicon lexicon, out ContributorRole[] roles, out int length)
    {
        roles = [];
        length = 0;
        var j = i;
        while (j < f.Length && j - i < MaxOutletLength && IsOutletLetter(f, i, j) && (j == i || !TryRoleWord(f, j, lexicon, out _, out _)))
        {
            j++;
        }
        var run = f.AsSpan(i, j - i);
        var word = j;
        if (OutletNames.EndsAsCreditOutlet(run))
        {
            while (word < f.Length && f[word] == ' ')
            {
                word++;
            }
        }
        else if (!(i == 0 && (StartsMediaRoleWord(f, j) || EndsWithMediaWord(run))))
        {
            return false;
        }
        if (j - i < 2 || !Punctuation.IsHan(f[j - 1]) || !TryRoleWord(f, word, lexicon, out roles, out var wordLength))
        {
            roles = [];
            return false;
        }
        length = word - i + wordLength;
        return true;
    }

    /// <summary>
    /// Letters of an outlet's name: Han, and the slash or dot that joins the names of a paper and its app; a credit here
    /// also takes the bullet some pages print for the dot (某某•某报), and the list comma after a whole outlet's name where
    /// a paper and its site share one reporter (某某日报、某某网记者 X).
    /// </summary>
    private static bool IsOutletLetter(string f, int i, int j) =>
        Punctuation.IsHan(f[j])
        || (j > i && (OutletNames.Joiners.Contains(f[j]) || f[j] == '•' || (f[j] == '、' && OutletNames.EndsAsCreditOutlet(f.AsSpan(i, j - i))))
            && j + 1 < f.Length && Punctuation.IsHan(f[j + 1]));

    private static bool StartsMediaRoleWord(string f, int j) =>
        string.CompareOrdinal(f, j, "全媒体", 0, 3) == 0 || string.CompareOrdinal(f, j, "融媒体", 0, 3) == 0;

    /// <summary>An outlet's short name glued to its media word, with a rank word after it (某报全媒体首席记者, 某台融媒体特约记者).</summary>
    private static bool EndsWithMediaWord(ReadOnlySpan<char> run) =>
        run.Length > 3 && (run.EndsWith("全媒体", StringComparison.Ordinal) || run.EndsWith("融媒体", StringComparison.Ordinal));

    private const int MaxOutletLength = 16;

    private static bool TryRoleWord(string f, int i, PressLexicon lexicon, out ContributorRole[] roles, out int length)
    {
        foreach (var (word, role) in lexicon.RoleWordsAt(f, i))
        {
            if (string.CompareOrdinal(f, i, word, 0, word.Length) == 0)
            {
                roles = [role];
                length = word.Length;
                return true;
            }
        }
        roles = [];
        length = 0;
        return false;
    }


    private enum Suffix
    {
        None,
        WriteAndShoot,
        Shot,
        Report,
    }

    private sealed class Segment(ContributorRole[] roles, int start)
    {
        public ContributorRole[] Roles { get; } = roles;
        public bool FromMark { get; init; }
        public int Start { get; } = start;
        public int End { get; set; } = start;
        public List<string> Runs { get; } = [];
    }

    [GeneratedRegex(@"(?:(?<![\p{IsCJKUnifiedIdeographs}/])|(?<=记者|通讯员|实习生))(?<name>\p{IsCJKUnifiedIdeographs}{1,3}[\p{IsCJKUnifiedIdeographs}-[文图]])/(?<mark>[文图摄])(?=\s|$)")]
    private static partial Regex MarkAfterName();

    [GeneratedRegex(@"^\((?<origin>[\p{IsCJKUnifiedIdeographs}]{2,6})\)\s*(?<name>[\p{IsCJKUnifiedIdeographs}]{2,5}|[\p{IsCJKUnifiedIdeographs}]{1,6}[·•][\p{IsCJKUnifiedIdeographs}·•]{1,10})$")]
    private static partial Regex OriginAuthor();
}
