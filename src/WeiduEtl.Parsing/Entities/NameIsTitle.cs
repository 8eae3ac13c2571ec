using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A name that opens a clause and is then said to hold a post (刘斌是尤杖子乡党委书记。, 王芳现任该公司总经理，, or in
/// apposition after a comma: 刘斌，尤杖子乡党委书记。): profiles
/// introduce people after their first action, so the title comes in a clause of its own. The body or place between
/// 是 and the title is the person's organisation when the finders read one there.
/// </summary>
internal static class NameIsTitle
{
    private static readonly WordIndex Copulas = HanText.Longest("是", "现任", "担任", "任");

    /// <summary>How far after the copula a title may end (尤杖子乡党委书记).</summary>
    private const int MaxReach = 24;

    /// <summary>The mention when a name at <paramref name="i"/> is followed by a copula and a title chain that ends the clause; else null.</summary>
    public static EntityMention? At(string body, int i, IReadOnlyList<EntityMention> organisations, IReadOnlyList<EntityMention> places)
    {
        var length = PersonNameReader.NameLengthAt(body, i);
        if (length < 2 || i + length >= body.Length || (HanText.WordAt(body, i + length, Copulas) ?? Apposition(body, i, length)) is not { } copula)
        {
            return null;
        }
        var from = i + length + copula.Length;
        for (var j = from; j < body.Length && j - from <= MaxReach && HanText.IsHan(body[j]); j++)
        {
            if (!TitleLexicon.FirstLetters.Contains(body[j]))
            {
                continue;
            }
            var chainEnd = TitleLexicon.ChainEnd(body, j);
            if (chainEnd == j)
            {
                continue;
            }
            if (HanText.IsHanAt(body, chainEnd) || TitleLexicon.IsOccupation(body[j..chainEnd]))
            {
                return null;
            }
            var organisation = Named(organisations, from, j) ?? Named(places, from, j);
            if (j > from && organisation is null)
            {
                return null;
            }
            return new EntityMention(MentionKind.Person, body[i..chainEnd], body[i..(i + length)], body[j..chainEnd], organisation, i, chainEnd, EntityRules.NameIsTitle);
        }
        return null;
    }

    /// <summary>
    /// A comma in place of the copula when the name opens its sentence (邵某，县农业局副局长，今年52岁。): a profile's
    /// apposition. Inside a sentence a comma after a name lists or goes on instead.
    /// </summary>
    private static string? Apposition(string body, int i, int length) =>
        body[i + length] is '，' or ',' && (i == 0 || body[i - 1] is '。' or '！' or '？' or '\n') ? body.Substring(i + length, 1) : null;

    private static string? Named(IReadOnlyList<EntityMention> mentions, int start, int end)
    {
        foreach (var m in mentions)
        {
            if (m.CharStart == start && m.CharEnd == end)
            {
                return m.Name;
            }
        }
        return null;
    }
}
