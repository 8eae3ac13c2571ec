using WeiduEtl.Parsing.Lexicon;

namespace WeiduEtl.Parsing.Layout.Rules;

/// <summary>
/// A brief whose title runs into its text, set apart only by bold type, before the dateline
/// (东湖社区“四点半课堂”开课本报讯 12月2日，…): the title is the heading-shaped text in front of the dateline.
/// </summary>
internal static class RunInTitleRule
{
    private const int MinTitleLength = 4;

    public static (string Title, DatelineMatch Dateline)? Split(string text, PressLexicon lexicon)
    {
        var limit = Math.Min(text.Length - 3, HeadingShapeRule.MaxStrictLength + 1);
        for (var k = MinTitleLength; k <= limit; k++)
        {
            if (text[k] is not ('本' or '新' or '据' or '中'))
            {
                continue;
            }
            var title = Punctuation.TrimSpaces(text[..k]);
            if (DatelineRule.Match(text[k..], lexicon) is { } dateline && HeadingShapeRule.IsStrict(title))
            {
                return (title, dateline);
            }
        }
        return null;
    }
}
