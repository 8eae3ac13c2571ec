using System.Buffers;
using System.Text.RegularExpressions;
using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Profiles;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A caption carrying its picture credit: …商户 邵华摄, …参观学习。邵华摄, …（本报记者 张三 摄）, …图/李四,
/// …（受访者供图）. The credit never stays in the caption. Text with no caption left is a byline, not a caption.
/// </summary>
internal static partial class PhotoCreditRule
{
    private const string NotBeforeShot = "拍航所自摄偷抓跟盗被";
    private static readonly SearchValues<char> Boundary = SearchValues.Create("。!?,;:、”’\")]");

    public static CaptionMatch? Match(string text, PressLexicon lexicon)
    {
        var printed = Punctuation.TrimSpaces(text);
        var folded = Punctuation.Fold(printed);
        if (folded.Length < 3)
        {
            return null;
        }
        var match = MatchBracketed(printed, folded, lexicon) ?? MatchShot(printed, folded, lexicon) ?? MatchPictureBy(printed, folded, lexicon);
        if (match is null && WithoutAgency(printed) is { } shot)
        {
            return Match(shot, lexicon);
        }
        return match;
    }

    /// <summary>
    /// A credit without the picture agency bracketed after it (李四摄（人民视觉）→ 李四摄), else null: the agency says who
    /// distributes the picture, the name before 摄 who took it.
    /// </summary>
    public static string? WithoutAgency(string text)
    {
        var printed = Punctuation.TrimSpaces(text);
        var m = ShotThenAgency().Match(Punctuation.Fold(printed));
        return m.Success ? Punctuation.TrimSpaces(printed[..m.Groups["agency"].Index]) : null;
    }

    private static CaptionMatch? MatchBracketed(string printed, string folded, PressLexicon lexicon)
    {
        if (!folded.EndsWith(')'))
        {
            return null;
        }
        var open = folded.LastIndexOf('(');
        if (open <= 0)
        {
            return null;
        }
        var inner = Punctuation.TrimSpaces(printed[(open + 1)..^1]);
        var caption = Punctuation.TrimSpaces(printed[..open]);
        if (caption.Length == 0)
        {
            return null;
        }
        if (AgencyCredit().IsMatch(Punctuation.Fold(inner)))
        {
            return new CaptionMatch(caption, [], inner);
        }
        if (BylineRule.TryParse(inner, lexicon, out var people) && people.Any(p => p.Role == ContributorRole.Photographer))
        {
            return new CaptionMatch(caption, Photographers(people), inner);
        }
        return null;
    }

    private static CaptionMatch? MatchShot(string printed, string folded, PressLexicon lexicon)
    {
        var suffix = folded.EndsWith("/摄", StringComparison.Ordinal) ? 2 : folded.EndsWith("摄影", StringComparison.Ordinal) ? 2 : folded.EndsWith('摄') ? 1 : 0;
        if (suffix == 0)
        {
            return null;
        }
        var beforeShot = folded[..^suffix];
        if (beforeShot.Length == 0 || NotBeforeShot.Contains(beforeShot[^1], StringComparison.Ordinal))
        {
            return null;
        }
        // The credit lies after the last sentence mark; within it, take name (and role) tokens from the right.
        var segmentStart = beforeShot.AsSpan().LastIndexOfAny(Boundary) + 1;
        var creditStart = CreditStartInSegment(folded, segmentStart, beforeShot.Length, lexicon);
        if (creditStart < 0)
        {
            return null;
        }
        var credit = Punctuation.TrimSpaces(printed[creditStart..]);
        var caption = Punctuation.TrimSpaces(printed[..creditStart]);
        if (caption.Length == 0 || !BylineRule.TryParse(credit, lexicon, out var people))
        {
            return null;
        }
        return new CaptionMatch(caption, Photographers(people), credit);
    }

    private static int CreditStartInSegment(string folded, int segmentStart, int segmentEnd, PressLexicon lexicon)
    {
        var tokens = Tokens(folded, segmentStart, segmentEnd);
        var start = -1;
        for (var k = tokens.Count - 1; k >= 0; k--)
        {
            var (index, token) = tokens[k];
            var isLast = k == tokens.Count - 1;
            if ((PersonNames.IsPlausible(token) && (isLast || PersonNames.IsSurname(token[0]))) || (!isLast && RoleToken(lexicon).IsMatch(token)))
            {
                start = index;
                continue;
            }
            if (isLast)
            {
                // A name glued to the caption: …走访商户王小明摄.
                var glued = PersonNames.TrailingName(token);
                if (glued is not null && token.Length > glued.Length)
                {
                    return index + token.Length - glued.Length;
                }
            }
            break;
        }
        return start;
    }

    private static List<(int Index, string Token)> Tokens(string folded, int start, int end)
    {
        var tokens = new List<(int, string)>();
        var i = start;
        while (i < end)
        {
            while (i < end && folded[i] == ' ')
            {
                i++;
            }
            var j = i;
            while (j < end && folded[j] != ' ')
            {
                j++;
            }
            if (j > i)
            {
                tokens.Add((i, folded[i..j]));
            }
            i = j;
        }
        // Two-character names padded to three (李　明) come apart; single characters rejoin.
        var merged = new List<(int, string)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Item2.Length == 1 && k + 1 < tokens.Count && tokens[k + 1].Item2.Length == 1)
            {
                merged.Add((tokens[k].Item1, tokens[k].Item2 + tokens[k + 1].Item2));
                k++;
            }
            else
            {
                merged.Add(tokens[k]);
            }
        }
        return merged;
    }

    private static CaptionMatch? MatchPictureBy(string printed, string folded, PressLexicon lexicon)
    {
        var m = MayEndInPictureBy(folded) ? PictureBy().Match(folded) : System.Text.RegularExpressions.Match.Empty;
        if (!m.Success)
        {
            return null;
        }
        var start = m.Groups["credit"].Index;
        var caption = Punctuation.TrimSpaces(printed[..start]);
        var credit = Punctuation.TrimSpaces(printed[start..]);
        if (caption.Length == 0 || !BylineRule.TryParse(credit, lexicon, out var people))
        {
            return null;
        }
        return new CaptionMatch(caption, Photographers(people), credit);
    }

    /// <summary>
    /// What <see cref="PictureBy"/> needs, tested without the regex: its credit follows the text's last / or : (its
    /// names hold neither) and holds at most 24 letters after the spaces. The regex tests a class of marks and white
    /// space at every letter of every block, and was a tenth of a text page's parse. One letter more is let through:
    /// the regex's $ also matches before a last line break.
    /// </summary>
    private static bool MayEndInPictureBy(string folded)
    {
        var mark = folded.AsSpan().LastIndexOfAny('/', ':');
        return mark >= 0 && folded.AsSpan(mark + 1).TrimStart().Length <= MaxPictureByNames + 1;
    }

    private const int MaxPictureByNames = 24;

    private static List<Contributor> Photographers(IEnumerable<Contributor> people) =>
        people.Select(p => p with { Role = ContributorRole.Photographer }).DistinctBy(p => p.Name).ToList();

    [GeneratedRegex(@"摄\s*(?<agency>\([\p{IsCJKUnifiedIdeographs}·]{2,10}\))$")]
    private static partial Regex ShotThenAgency();

    private static Regex RoleToken(PressLexicon lexicon) => lexicon.Pattern(PhotographerRole);

    private static readonly LexiconPattern PhotographerRole = new(static l => $"^{l.HouseOrAgency}?(?:摄影|特约|见习|实习|首席)?(?:记者|通讯员)$");

    [GeneratedRegex(@"(?:^|[\s。!?,;:”)])(?<credit>(?:图|图片|摄影|摄)\s*[/:]\s*[\p{IsCJKUnifiedIdeographs}·\s、]{2,24})$")]
    private static partial Regex PictureBy();

    [GeneratedRegex(@"^(?:[\p{IsCJKUnifiedIdeographs}]{0,10}供图|(?:图片)?由[\p{IsCJKUnifiedIdeographs}]{1,12}提供|资料图片|资料照片|资料图|[\p{IsCJKUnifiedIdeographs}]{1,8}(?:" + OutletNames.PhotoReleaseEnding + @")发)$")]
    private static partial Regex AgencyCredit();
}
