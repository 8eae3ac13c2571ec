namespace WeiduEtl.Storage.Search;

/// <summary>One value of a facet and how many of the articles found have it.</summary>
public sealed record FacetValue(string Value, int Count);
