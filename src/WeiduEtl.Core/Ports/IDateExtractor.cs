using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Ports;

/// <summary>Finds the dates in article bodies. Pure.</summary>
public interface IDateExtractor
{
    /// <summary>The year to assume for dates printed without one, from the years printed on the page; null when none.</summary>
    int? InferYear(IEnumerable<string> pageTexts);

    /// <summary>Dates in <paramref name="body"/>; dates without a year take <paramref name="assumedYear"/>.</summary>
    IReadOnlyList<DateMention> Extract(string body, int? assumedYear);
}
