using System.Text;
using System.Text.Json;

namespace WeiduEtl.Storage.Search;

/// <summary>
/// A search's filters as both ways of answering use them: SQL conditions (<see cref="DapperArticleReader"/>) and the
/// facet columns held in memory (<see cref="CatalogueFilter"/>). A blank filter is none; a value is trimmed and then
/// taken as SQLite binds it (UTF-8, a lone surrogate as U+FFFD), so both ways compare the same letters.
/// </summary>
internal sealed record SearchFilters(
    string? Pipeline, IReadOnlyList<string>? Pipelines, string? From, string? To, string? Month, string? Section, string? Kind, string? Reporter)
{
    public static SearchFilters Of(ArticleSearchQuery query) => new(
        Value(query.Pipeline), query.Pipelines?.Select(Bound).ToList(), Value(query.From), Value(query.To), Value(query.Month),
        Value(query.Section), Value(query.Kind), Value(query.Reporter));

    /// <summary>The reporter as the JSON array of reporters writes the name, quotes included: one whole element.</summary>
    public string? ReporterJson => Reporter is null ? null : JsonSerializer.Serialize(Reporter, StorageJson.Options);

    private static string? Value(string? value) => string.IsNullOrWhiteSpace(value) ? null : Bound(value.Trim());

    private static string Bound(string value) => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(value));
}
