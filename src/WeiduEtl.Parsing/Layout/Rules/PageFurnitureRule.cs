using System.Globalization;
using System.Text.RegularExpressions;
using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// Lines that belong to the page, not to an article: editors' credits（责编：X）, the date line, page numbers and
/// edition names, contact lines. The date line gives the issue date.
/// </summary>
internal static partial class PageFurnitureRule
{
    private const int MaxFurnitureLength = 60;

    public static bool IsFurniture(string text) => Punctuation.TrimmedLength(text) <= MaxFurnitureLength && IsBuiltInFurniture(Punctuation.FoldTrimmed(text));

    /// <summary>Also true for a line matching one of the profile's furniture patterns (a paper's slogan bar).</summary>
    public static bool IsFurniture(string text, PressLexicon lexicon)
    {
        // A line longer than any built-in furniture (most of a page's lines) is folded only for the profile's patterns,
        // or read as the site's statement of its rights.
        if (lexicon.Furniture.Length == 0 && Punctuation.TrimmedLength(text) > MaxFurnitureLength)
        {
            return IsRightsStatement(text);
        }
        var folded = Punctuation.FoldTrimmed(text);
        if (IsBuiltInFurniture(folded) || IsRightsStatement(text))
        {
            return true;
        }
        // A loop, not Any(): this runs for every line of a page, and a lambda would allocate each time.
        foreach (var pattern in lexicon.Furniture)
        {
            if (pattern.IsMatch(folded))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsBuiltInFurniture(string folded)
    {
        if (folded.Length == 0 || folded.Length > MaxFurnitureLength)
        {
            return false;
        }
        return EditorLine().IsMatch(folded) || PageNumber().IsMatch(folded) || ContactLine().IsMatch(folded)
            || DateLineDate(folded) is not null || WebCopyLineRule.IsWebCopyLine(folded) || WebCopyLineRule.IsMastheadLine(folded)
            || WebCopyLineRule.IsReaderControlLine(folded) || LunarDate().IsMatch(folded) || SlashDate().IsMatch(folded) || RightsLine().IsMatch(Punctuation.WithoutSpaces(folded));
    }

    /// <summary>
    /// A site's or e-paper's statement of its rights, however long (《某报》(电子版)的一切内容…未经…书面授权，任何单位及个人不得…
    /// 转载、复制…或将之在非本站所属的服务器上作镜像): it forbids copying and names the mirror made on a server not the site's,
    /// which no article's sentence about copyright does (a court report's 搭建镜像服务器 is a pirate's server).
    /// </summary>
    private static bool IsRightsStatement(string text)
    {
        if (!text.Contains("镜像", StringComparison.Ordinal))
        {
            return false;
        }
        var folded = Punctuation.WithoutSpaces(Punctuation.Fold(text));
        return ForbidsCopying().IsMatch(folded) && Permission().IsMatch(folded) && MirrorElsewhere().IsMatch(folded);
    }

    /// <summary>True for furniture that ends the page's articles (editors' credits).</summary>
    public static bool ClosesArticles(string text) => EditorLine().IsMatch(Punctuation.FoldTrimmed(text));

    /// <summary>The issue date printed in a header line (2023年8月18日 星期五), else null.</summary>
    public static DateOnly? IssueDate(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        if (DateLineDate(folded) is not { } m)
        {
            return null;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The edition name left in a header line once the date, weekday and page number are gone (要闻).</summary>
    public static string? HeaderLabel(string text)
    {
        var folded = Punctuation.FoldTrimmed(text);
        if (DateLineDate(folded) is null)
        {
            return null;
        }
        // The newspaper's own name (…日报, …晚报) is no page label; a front page without an edition name is labelled by its number.
        var rest = HeaderNoise().Replace(folded, " ");
        var tokens = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(t => t.All(Punctuation.IsHan) && t.Length <= 8 && !t.EndsWith('报')).ToList();
        if (tokens.Count > 0)
        {
            return tokens[^1];
        }
        var edition = EditionNumber().Match(folded);
        return edition.Success ? edition.Value.Replace(" ", "", StringComparison.Ordinal) : null;
    }

    // A header line holds a date and only short words: no sentence, no comma.
    // A line wholly in brackets that holds a date is a note under a headline (a law's（2019年12月28日…通过）), not the
    // page's date line.
    private static bool IsHeaderLine(string folded) =>
        !folded.Contains('。', StringComparison.Ordinal) && !folded.Contains(',', StringComparison.Ordinal) && folded.Length <= 40
        && !(folded.StartsWith('(') && folded.EndsWith(')'));

    /// <summary>The date of a line that is a page's date line (its date a field of a short header line), else null.</summary>
    private static Match? DateLineDate(string folded) =>
        FullDate().Match(folded) is { Success: true } date && IsHeaderLine(folded) && StandsApart(folded, date) ? date : null;

    /// <summary>
    /// A date line's date stands as a field of its own: after the paper's name or a space, before the weekday. Words
    /// glued to it on either side (本法自2020年7月1日起施行) make it a sentence's date, though the sentence breaks off.
    /// </summary>
    private static bool StandsApart(string folded, Match date)
    {
        var before = date.Index == 0 ? ' ' : folded[date.Index - 1];
        var end = date.Index + date.Length;
        var after = end == folded.Length ? ' ' : folded[end];
        return (!Punctuation.IsHan(before) || before == '报') && (!Punctuation.IsHan(after) || after is '星' or '周' or '农');
    }

    [GeneratedRegex(@"^[(\[]?\s*(?:本版|本期)?(?:责任编辑|责编|编辑|美编|校对|审核|审校|终审|值班编辑|版式设计|版式|组版|制图|排版|视觉设计|美术编辑|一审|二审|三审|监制|统筹)\s*[:/ ]\s*[\p{IsCJKUnifiedIdeographs}·、\s:/]{1,40}[)\]]?$")]
    private static partial Regex EditorLine();

    // A page number may carry the edition's name after it (第5版 文化, 第05版：魏都区), as e-paper text dumps print it;
    // the name may pair a place or series with a desk, joined by a slash or a middle dot (第3版 城区/经济, 第2版 本埠·体育).
    // Papers printing in lettered sections put the section's letter before the number (第B07版 都市). An e-paper reader
    // may print the name in brackets (第A01版:[封面新闻]), leave it empty after the colon (第04版:), or drop the 第 in its
    // list of the issue's pages (03版:综合新闻), its number padded with zeros to five figures (00007版:平安).
    [GeneratedRegex(@"^(?:(?:第\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版|[A-Z]?(?:0{1,4})?[0-9]{1,3}\s*版(?=\s*:))(?:\s*[:|]?\s*(?:\[\s*[\p{IsCJKUnifiedIdeographs}]{1,8}\s*\]|[\p{IsCJKUnifiedIdeographs}]{1,8}(?:\s*[/·•・]\s*[\p{IsCJKUnifiedIdeographs}]{1,8})?)?)?|[A-Z]?[0-9]{1,3}\s*版?|[A-Z][0-9]{1,2}\s*[\p{IsCJKUnifiedIdeographs}]{0,6}|-\s*[0-9]{1,3}\s*-)$")]
    private static partial Regex PageNumber();

    // The rights line under a copied page (吉林日报社版权所有 未经授权禁止复制, 所有内容为某报社版权所有.未经许可,不得转载),
    // its site's filing numbers (豫ICP备09014970号, 某公网安备41040002020010), or the heading of its statement (版权声明).
    [GeneratedRegex(@"版权所有(?:$|(?![者人]).{0,6}(?:未经|不得|禁止|严禁))|ICP[备证][0-9]|公网安备?[0-9]|^(?:版权声明|免责声明)$|^Copyright\b")]
    private static partial Regex RightsLine();

    [GeneratedRegex(@"(?:不得|禁止|严禁)[^。]{0,40}?(?:转载|复制|摘编)")]
    private static partial Regex ForbidsCopying();

    [GeneratedRegex(@"授权|许可|版权")]
    private static partial Regex Permission();

    // 在非本站所属的服务器上作镜像, 在非某报所属服务器上建立镜像.
    [GeneratedRegex(@"非[^。]{1,16}?服务器上?(?:作|做|建立|建)镜像")]
    private static partial Regex MirrorElsewhere();

    // The day's date in the lunar calendar on a line of its own under the page's date line (农历五月十二, 农历己亥年
    // 腊月初八, 农历闰四月廿三): the masthead's, never a headline.
    [GeneratedRegex(@"^农历\s*(?:\p{IsCJKUnifiedIdeographs}{2}年\s*)?闰?(?:正|[一二三四五六七八九十]|十[一二]|冬|腊)月\s*(?:初[一二三四五六七八九十]|十[一二三四五六七八九]?|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)(?:\s*(?:星期|周)[一二三四五六日天])?$")]
    private static partial Regex LunarDate();

    // A list page's date on a line of its own under an item (06/28, 2021/06/28): month and day in two digits each,
    // set with slashes, and nothing else on the line; a fraction (1/3) or a score (3/5) has no two-digit month.
    [GeneratedRegex(@"^(?:(?:19|20)[0-9]{2}/)?(?:0[1-9]|1[0-2])/(?:0[1-9]|[12][0-9]|3[01])$")]
    private static partial Regex SlashDate();

    [GeneratedRegex(@"^(?:电话|热线|新闻热线|邮箱|电子邮箱|投稿邮箱|E-?mail|地址|网址|邮编)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex ContactLine();

    [GeneratedRegex(@"(?<y>(?:19|20)[0-9]{2})\s*年\s*(?<m>[0-9]{1,2})\s*月\s*(?<d>[0-9]{1,2})\s*日")]
    private static partial Regex FullDate();

    [GeneratedRegex(@"第\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版")]
    private static partial Regex EditionNumber();

    [GeneratedRegex(@"(?:19|20)[0-9]{2}\s*年\s*[0-9]{1,2}\s*月\s*[0-9]{1,2}\s*日|(?:星期|周)[一二三四五六日天]|农历\S*|第\s*[A-Z]?[0-9一二三四五六七八九十]{1,3}\s*版|\b[A-Z]?[0-9]{1,3}\b|\|")]
    private static partial Regex HeaderNoise();
}
