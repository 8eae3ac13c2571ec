using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Parsing.Entities;

/// <summary>
/// A company named first with its ending and then without it (某某源集团 … 某某源一期项目; 某某物探公司 … 某某物探秣马厉兵):
/// the name printed alone after it is the same company. Only names of three to six letters before a company's ending, and
/// not a place alone, so that a common stem (科技公司 → 科技) or a city (许昌集团 → 许昌) names nothing.
/// </summary>
internal static class ShortenedCompanyNames
{
    private const int MinStem = 3;
    private const int MaxStem = 6;
    private static readonly WordIndex CompanyEndings = HanText.Longest("股份有限公司", "有限责任公司", "有限公司", "集团公司", "集团", "公司");

    public static void AddTo(string body, List<EntityMention> found)
    {
        var named = found.Count;
        for (var k = 0; k < named; k++)
        {
            var company = found[k];
            var stemLength = company.Name.Length - (HanText.WordEndingAt(company.Name, company.Name.Length, CompanyEndings)?.Length ?? company.Name.Length);
            if (company.Kind != MentionKind.Organisation || stemLength is < MinStem or > MaxStem
                || DivisionGazetteer.Shared.MatchAt(company.Name, 0) >= stemLength || OrganisationSuffixes.IsOnlyKindName(company.Name, stemLength))
            {
                continue;
            }
            var stem = company.Name[..stemLength];
            // The full name comes first; a stem printed alone before it is a common noun or a product (共享单车 … 共享单车公司).
            if (body.IndexOf(stem, StringComparison.Ordinal) != company.CharStart)
            {
                continue;
            }
            for (var at = body.IndexOf(stem, company.CharEnd, StringComparison.Ordinal); at >= 0; at = body.IndexOf(stem, at + stemLength, StringComparison.Ordinal))
            {
                var end = at + stemLength;
                if (HanText.WordAt(body, end, CompanyEndings) is null && !MentionSpans.AnyOverlapping(found, at, end))
                {
                    found.Add(new EntityMention(MentionKind.Organisation, body[at..end], body[at..end], null, null, at, end, EntityRules.ShortenedCompanyName));
                }
            }
        }
        if (found.Count > named)
        {
            MentionSpans.SortByStart(found);
        }
    }
}
