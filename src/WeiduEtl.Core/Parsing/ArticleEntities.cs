namespace WeiduEtl.Core.Parsing;

/// <summary>The people, organisations, places and quotations found in one article body, each in body order.</summary>
public sealed record ArticleEntities(IReadOnlyList<EntityMention> Mentions, IReadOnlyList<QuoteMention> Quotes);
