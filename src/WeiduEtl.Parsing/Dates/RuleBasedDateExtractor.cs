using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Dates;

/// <summary>Finds dates in article bodies. (Placeholder until the dates parser lands.)</summary>
public sealed class RuleBasedDateExtractor : IDateExtractor
{
    public int? InferYear(IEnumerable<string> pageTexts) => null;

    public IReadOnlyList<DateMention> Extract(string body, int? assumedYear) => [];
}
