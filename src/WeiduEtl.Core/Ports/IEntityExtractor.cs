using WeiduEtl.Core.Parsing;

namespace WeiduEtl.Core.Ports;

/// <summary>Finds who is named and who said what in article bodies. Pure.</summary>
public interface IEntityExtractor
{
    /// <summary>Mentions and quotations in <paramref name="body"/>, with offsets into it and the rule that found each.</summary>
    ArticleEntities Extract(string body);
}
