namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// Four-letter names of Vietnam and Myanmar as Chinese prints them, read only where a title or a descriptor says a
/// name follows: a Vietnamese woman's surname, 氏 and a given name of two letters (记者阮氏某某), and a Burmese
/// honorific 吴 or 杜 before a name of three letters the last of which is a transliteration letter (研究员吴某某纽).
/// The Chinese reading takes three letters of either and leaves a letter that opens no predicate.
/// </summary>
internal static class SoutheastAsianNames
{
    private const int Length = 4;
    private const char Clan = '氏';
    private static readonly CharSet Honorifics = new("吴杜");
    private static readonly CharSet NonName = new("的了在是和与等说到对为将也都这那个们地得着过就还又再把被让使从向给于及并或而但要会能可已之其各该此每所没不很最更一二三四五六七八九十百千万亿两几多");

    /// <summary>Length of such a name at <paramref name="index"/> ending before punctuation or a predicate, 0 when none.</summary>
    public static int LengthAt(string text, int index)
    {
        if (index + Length > text.Length || (HanText.IsHanAt(text, index + Length) && !PersonNameReader.StartsPredicate(text, index + Length)))
        {
            return 0;
        }
        for (var k = 1; k < Length; k++)
        {
            if (!HanText.IsHan(text[index + k]) || NonName.Contains(text[index + k]))
            {
                return 0;
            }
        }
        var vietnamese = Surnames.IsSurname(text[index]) && text[index + 1] == Clan;
        var burmese = Honorifics.Contains(text[index]) && ForeignNames.IsTransliterationLetter(text[index + Length - 1]) && !PersonNameReader.StartsPredicate(text, index + Length - 1);
        return vietnamese || burmese ? Length : 0;
    }
}
