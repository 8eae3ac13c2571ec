namespace WeiduEtl.Storage.Search;

/// <summary>The reader of each <c>database</c> value, sharing the stores' connections and migrations.</summary>
public interface IArticleReaders
{
    IArticleReader Reader(string database);
}
