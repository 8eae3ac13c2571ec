using WeiduEtl.Core.Parsing;
using WeiduEtl.Core.Ports;

namespace WeiduEtl.Parsing.Figures;

/// <summary>Finds numeric facts in article bodies. (Placeholder until the figures parser lands.)</summary>
public sealed class RuleBasedFigureExtractor : IFigureExtractor
{
    public IReadOnlyList<FigureMention> Extract(string body) => [];
}
