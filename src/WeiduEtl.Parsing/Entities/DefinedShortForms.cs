using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A short form the article defines in brackets right after a body's full name (某某开发银行（以下简称某开行）, 世界贸易组织（WTO）,
/// 某某科技有限公司（简称“某某科技”）): the short form names the same body, though it has no ending of its own. A Chinese
/// short form is made of the full name's letters in their order (国开行 of 国家开发银行), a Latin one of capitals; a note
/// in brackets (（现某分局）, （北京）, （集团）) is neither, a place or a bare kind.
/// </summary>
internal static class DefinedShortForms
{
    private const int MinLength = 2;
    private const int MaxLength = 10;
    private const int MaxInside = MaxLength + 6;
    private static readonly WordIndex Leads = HanText.Longest("以下简称", "以下称", "下称", "简称");

    public static void AddTo(string body, List<EntityMention> found)
    {
        var named = found.Count;
        for (var k = 0; k < named; k++)
        {
            var full = found[k];
            var open = full.CharEnd;
            if (full.Kind != MentionKind.Organisation || open >= body.Length || body[open] is not ('（' or '('))
            {
                continue;
            }
            var inside = body.AsSpan(open + 1, Math.Min(MaxInside, body.Length - open - 1)).IndexOfAny('）', ')');
            var close = inside < 0 ? -1 : open + 1 + inside;
            if (close < 0 || close - open > MaxInside)
            {
                continue;
            }
            var start = open + 1 + (HanText.WordAt(body, open + 1, Leads)?.Length ?? 0);
            var end = close;
            if (end - start > 2 && body[start] is '“' or '‘' or '"' && body[end - 1] is '”' or '’' or '"')
            {
                start++;
                end--;
            }
            var form = body[start..end];
            if (!IsShortFormOf(form, full.Name) || MentionSpans.AnyOverlapping(found, start, end))
            {
                continue;
            }
            found.Add(new EntityMention(MentionKind.Organisation, form, form, null, null, start, end, EntityRules.DefinedShortForm));
        }
        if (found.Count > named)
        {
            MentionSpans.SortByStart(found);
        }
    }

    /// <summary>
    /// Whether <paramref name="form"/> can be a short form of <paramref name="full"/>: two to ten Latin capitals, or fewer Han
    /// letters than the full name, each found in it after the one before, and neither a place nor the bare kind (北京, 集团, 公司).
    /// </summary>
    internal static bool IsShortFormOf(string form, string full)
    {
        if (form.Length is < MinLength or > MaxLength)
        {
            return false;
        }
        if (form.All(char.IsAsciiLetterUpper))
        {
            return true;
        }
        if (form.Length >= full.Length || !form.All(HanText.IsHan) || OrganisationSuffixes.SuffixEndingAt(form, form.Length)?.Length == form.Length
            || DivisionGazetteer.Shared.MatchAt(form, 0) == form.Length || Countries.At(form, 0) == form)
        {
            return false;
        }
        var at = 0;
        foreach (var c in form)
        {
            at = full.IndexOf(c, at);
            if (at < 0)
            {
                return false;
            }
            at++;
        }
        return true;
    }
}
