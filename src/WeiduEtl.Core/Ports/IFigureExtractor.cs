using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Ports;

/// <summary>Finds the numeric facts in an article body. Pure.</summary>
public interface IFigureExtractor
{
    IReadOnlyList<FigureMention> Extract(string body);
}
