using System.Text;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Profiles;

namespace WeiduEtl.Quality;

/// <summary>
/// Reads the credits a truth article prints inside its paragraphs, independently of the parser's rules: the names
/// after 记者 in a bracketed credit, in a paragraph that is only a credit, or before 报道; and paragraphs that are only
/// a credit line, so the scorer knows where an article's running text ends.
/// </summary>
public static partial class TruthCredits
{
    // A national daily credits a round-up to a dozen reporters on one line.
    private const int MaxCreditLineLength = 96;

    /// <summary>The reporters a reader would list: every name credited as 记者 (a name followed by 摄 is a photographer).</summary>
    public static IReadOnlySet<string> Reporters(TruthArticle article)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var paragraph in article.Body)
        {
            // A dateline on the credit's line (某某日报讯 记者 X 通讯员 Y) credits as the line would alone.
            var text = DatelineBeforeCredit().Replace(Spaced(paragraph), "");
            foreach (Match credit in BracketedCredit().Matches(text))
            {
                AddNames(credit.Groups["credit"].Value, names);
            }
            if (text.Length <= MaxCreditLineLength && LeadingCredit().Match(text) is { Success: true } line)
            {
                if (AddNames(line.Groups["credit"].Value, names))
                {
                    AddBareWriters(line.Groups["bare"].Value, names);
                }
            }
            else if (text.Length <= MaxCreditLineLength && SlashCredit().IsMatch(text))
            {
                AddSlashWriters(text, names);
            }
            if (TrailingCredit().Match(text) is { Success: true } trailing)
            {
                AddNames(trailing.Groups["credit"].Value, names);
            }
        }
        return names;
    }

    /// <summary>
    /// A paragraph that holds only a credit or a source line: （本报记者 X）, 综合本报记者…报道, X摄, X摄影报道, 资料来源…, or a
    /// short bracketed source tag or name after a brief's last sentence（欧阳洁）, which is no sentence of it.
    /// </summary>
    public static bool IsCreditLine(string paragraph)
    {
        var text = ComparableText.Of(paragraph);
        return text.Length > 0 && text.Length <= MaxCreditLineLength && CreditLine().IsMatch(text);
    }

    private static bool AddNames(string credit, HashSet<string> names)
    {
        var found = false;
        foreach (Match segment in ReporterList().Matches(credit))
        {
            var list = segment.Groups["names"].Value.Trim();
            if (list.EndsWith('摄'))
            {
                continue;
            }
            var tokens = NameSeparator().Split(PaddedName().Replace(list, "$1$2")).Where(t => t.Length > 0).ToList();
            if (tokens.Count > 0 && tokens.All(t => t.Length is >= 2 and <= 4))
            {
                names.UnionWith(tokens);
                found = true;
            }
        }
        return found;
    }

    /// <summary>Evening papers print their writers' names bare before the role words of the rest (王芳 记者 李可/文).</summary>
    private static void AddBareWriters(string bare, HashSet<string> names)
    {
        var tokens = NameSeparator().Split(bare).Where(t => t.Length > 0).ToList();
        if (tokens.Count > 0 && tokens.All(t => t.Length is 2 or 3))
        {
            names.UnionWith(tokens);
        }
    }

    /// <summary>A credit line of marks only (文/王芳 图/李可, 王芳/文 李可/图): the names marked 文 are the writers.</summary>
    private static void AddSlashWriters(string text, HashSet<string> names)
    {
        foreach (Match writer in SlashWriter().Matches(text))
        {
            var name = (writer.Groups["before"].Success ? writer.Groups["before"] : writer.Groups["after"]).Value;
            if (name.Length is >= 2 and <= 4)
            {
                names.Add(name);
            }
        }
    }

    private static string Spaced(string paragraph)
    {
        var folded = paragraph.Normalize(NormalizationForm.FormKC);
        return Whitespace().Replace(folded, " ").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"^\p{IsCJKUnifiedIdeographs}{1,12}讯\s+(?=(?:\S{0,12}记者))")]
    private static partial Regex DatelineBeforeCredit();

    [GeneratedRegex(@"\((?<credit>[^()]{0,60}记者[^()]{0,60})\)")]
    private static partial Regex BracketedCredit();

    // A credit line may open with boxes or bullets (□本报记者 X, ○○全媒体记者 X), name the correspondents first
    // (本报通讯员 X 本报记者 Y), name another paper, outlet or media centre before 记者 (晨报记者 X, 县融媒体中心 记者 X,
    // 观海新闻/青岛晚报记者X, 半岛全媒体记者X), or name its own writers bare before the role words (王芳 记者 李可/文).
    [GeneratedRegex(@"^[□■●○◆◇▲△★☆◎]*\s*(?:综合)?(?<credit>(?:(?:本报)?(?:特约)?通讯员[\p{IsCJKUnifiedIdeographs}、 ]{1,24}?\s)?(?:本报|新华社|人民日报|[\p{IsCJKUnifiedIdeographs}" + OutletNames.Joiners + @"]{1,20}?(?:" + OutletNames.CreditEnding + @")\s?|[\p{IsCJKUnifiedIdeographs}]{1,8}?(?=(?:全媒体|融媒体)(?:首席|特约|见习|实习)?记者)|(?<bare>(?:[\p{IsCJKUnifiedIdeographs}]{2,3}\s+)+))?(?:驻\S{1,6})?(?:全媒体|融媒体)?(?:首席|特约|见习|实习)?记者.*?)(?:报道)?$")]
    private static partial Regex LeadingCredit();

    // The names after 记者 (记者：X, or 记者/X as list pages print it, where 记者/文 is a mark), up to the next role word
    // with its modifiers (本报通讯员, 特约记者), a mark (X/文, X 文/图, a name of two letters or more run into 文/图), 摄 (a
    // photo credit: not reporters), or the end.
    [GeneratedRegex(@"记者\s*(?::|/(?![文图]))?\s*(?<names>[\p{IsCJKUnifiedIdeographs}、 ]+?)\s*(?=(?:本报|特约|见习|实习|首席|全媒体|融媒体)*(?:通讯员|实习生|记者)|报道|/|\s[文图]{1,2}/|(?<!记者\s*:?\s*\p{IsCJKUnifiedIdeographs})[文图]{1,2}/|$)")]
    private static partial Regex ReporterList();

    // A credit after a paragraph's last sentence (…已清理完毕。 记者 王芳): the brief's reporters.
    [GeneratedRegex(@"[。！？!?”」]\s*(?<credit>(?:本报)?(?:全媒体|融媒体|见习|实习|特约|首席)?记者\s*:?\s*[\p{IsCJKUnifiedIdeographs}、 ]{2,16})$")]
    private static partial Regex TrailingCredit();

    // A line of marks and names only: 文/王芳 图/李可, 王芳/文 李可/图, 文图/王芳.
    [GeneratedRegex(@"^(?:\s*(?:(?:文|图|摄影|文图|图文)\s*/\s*[\p{IsCJKUnifiedIdeographs}·]{2,8}|[\p{IsCJKUnifiedIdeographs}·]{2,8}\s*/\s*(?:文|图|摄|文图|图文)))+\s*$")]
    private static partial Regex SlashCredit();

    [GeneratedRegex(@"(?:(?:文|文图|图文)\s*/\s*(?<after>[\p{IsCJKUnifiedIdeographs}·]{2,8}?)(?=\s|[文图摄]{1,2}/|$)|(?<before>[\p{IsCJKUnifiedIdeographs}·]{2,8}?)\s*/\s*(?:文|文图|图文)(?=\s|$))")]
    private static partial Regex SlashWriter();

    // A two-character name padded to three with a space (付 生) is one name.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(\p{IsCJKUnifiedIdeographs}) +(\p{IsCJKUnifiedIdeographs})(?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex PaddedName();

    [GeneratedRegex(@"[、 ]+")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:\(.*(?:记者|通讯员|实习生|新华社|电).*\)|.*(?:记者|通讯员).*报道|.*摄(?:影(?:报道|报导)?)?\)?(?:\([^()]{1,12}\))?|(?:资料|数据)来源[:：].*|本报评论员|\((?:完|责任编辑.*)\)|\([\p{IsCJKUnifiedIdeographs}·、 ]{2,12}\)|(?:(?:本报)?(?:全媒体|融媒体|见习|实习|特约)?(?:记者|通讯员|实习生):\p{IsCJKUnifiedIdeographs}{2,4}(?:、\p{IsCJKUnifiedIdeographs}{2,4})*)+|(?:(?:文|图|摄影|文图|图文)/[\p{IsCJKUnifiedIdeographs}·]{2,8}|[\p{IsCJKUnifiedIdeographs}·]{2,8}/(?:文|图|摄|文图|图文))+)$")]
    private static partial Regex CreditLine();
}
