namespace WeiduEtl.Core.Parsing;

/// <summary>The contract's article kinds.</summary>
public enum ArticleKind
{
    /// <summary>A news item or feature with its own headline.</summary>
    Article,
    /// <summary>An item of a round-up column such as 一周要闻 or 简讯.</summary>
    Brief,
    /// <summary>A stand-alone picture with a long caption (图片新闻).</summary>
    Photo,
}
