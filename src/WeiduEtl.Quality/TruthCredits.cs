using System.Text;
using System.Text.RegularExpressions;

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
            var text = Spaced(paragraph);
            foreach (Match credit in BracketedCredit().Matches(text))
            {
                AddNames(credit.Groups["credit"].Value, names);
            }
            if (text.Length <= MaxCreditLineLength && LeadingCredit().Match(text) is { Success: true } line)
            {
                AddNames(line.Groups["credit"].Value, names);
            }
        }
        return names;
    }

    /// <summary>
    /// A paragraph that holds only a credit or a source line: （本报记者 X）, 综合本报记者…报道, X摄, 资料来源…, or a
    /// short bracketed source tag or name after a brief's last sentence（欧阳洁）, which is no sentence of it.
    /// </summary>
    public static bool IsCreditLine(string paragraph)
    {
        var text = ComparableText.Of(paragraph);
        return text.Length > 0 && text.Length <= MaxCreditLineLength && CreditLine().IsMatch(text);
    }

    private static void AddNames(string credit, HashSet<string> names)
    {
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

    [GeneratedRegex(@"\((?<credit>[^()]{0,60}记者[^()]{0,60})\)")]
    private static partial Regex BracketedCredit();

    // A credit line may open with a box or bullet (□本报记者 X), name the correspondents first (本报通讯员 X 本报记者 Y)
    // and name another paper or outlet before 记者 (晨报记者 X).
    [GeneratedRegex(@"^[□■●○◆◇▲△★☆◎]?\s*(?:综合)?(?<credit>(?:(?:本报)?(?:特约)?通讯员[\p{IsCJKUnifiedIdeographs}、 ]{1,24}?\s)?(?:本报|新华社|人民日报|[\p{IsCJKUnifiedIdeographs}]{1,8}?(?:报|社|台|网|在线))?(?:驻\S{1,6})?(?:全媒体|融媒体|首席|特约|见习|实习)?记者.*?)(?:报道)?$")]
    private static partial Regex LeadingCredit();

    // The names after 记者, up to the next role word, 摄 (a photo credit: not reporters), or the end.
    [GeneratedRegex(@"记者\s*(?<names>[\p{IsCJKUnifiedIdeographs}、 ]+?)\s*(?=通讯员|实习生|记者|报道|$)")]
    private static partial Regex ReporterList();

    // A two-character name padded to three with a space (付 生) is one name.
    [GeneratedRegex(@"(?<![\p{IsCJKUnifiedIdeographs}])(\p{IsCJKUnifiedIdeographs}) +(\p{IsCJKUnifiedIdeographs})(?![\p{IsCJKUnifiedIdeographs}])")]
    private static partial Regex PaddedName();

    [GeneratedRegex(@"[、 ]+")]
    private static partial Regex NameSeparator();

    [GeneratedRegex(@"^(?:\(.*(?:记者|通讯员|实习生|新华社|电).*\)|.*(?:记者|通讯员).*报道|.*摄(?:影)?\)?(?:\([^()]{1,12}\))?|(?:资料|数据)来源[:：].*|本报评论员|\((?:完|责任编辑.*)\)|\([\p{IsCJKUnifiedIdeographs}·、 ]{2,12}\))$")]
    private static partial Regex CreditLine();
}
