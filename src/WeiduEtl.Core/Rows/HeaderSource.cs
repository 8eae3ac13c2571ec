using System.Text.Json.Serialization;

namespace WeiduEtl.Core.Rows;

/// <summary>
/// Where one header field of an article (kicker, headline, subheadline, dateline, byline) came from: the page it was
/// printed on and the grammar rule that assigned the role (an element of the <c>articles.provenance</c> array, contract v2).
/// </summary>
/// <param name="Field">kicker, headline, subheadline, dateline or byline.</param>
/// <param name="Rule">The rule that started the item and gave its header lines their roles (headline-over-credit…).</param>
/// <param name="Page">The page, from 1.</param>
public sealed record HeaderSource(
    [property: JsonPropertyName("field")] string Field,
    [property: JsonPropertyName("rule")] string Rule,
    [property: JsonPropertyName("page")] int Page);
