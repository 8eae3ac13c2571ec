namespace WeiduEtl.Storage.Search;

/// <summary>
/// The articles a search reads: a FROM clause, the condition true for those holding every term, and the aliases of
/// the tables that give an article's issue columns (<c>pipeline</c>, <c>issue_date</c>) and its own (<c>article_id</c>,
/// <c>section</c>, <c>kind</c>, <c>reporters</c>).
/// </summary>
internal sealed record SearchSource(string From, string Where, string Issue, string Article)
{
    /// <summary>What a hit carries for the facets and the order of the page: everything but the texts.</summary>
    public string HitColumns =>
        $"{Article}.article_id, {Issue}.issue_date, {Issue}.pipeline, {Article}.section, {Article}.kind, {Article}.reporters";
}
