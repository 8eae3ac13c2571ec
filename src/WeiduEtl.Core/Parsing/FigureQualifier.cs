namespace WeiduEtl.Core.Parsing;

/// <summary>How a printed number relates to the true quantity.</summary>
public enum FigureQualifier
{
    Exact,
    /// <summary>约, 大约, 近, 左右, 来.</summary>
    Approx,
    /// <summary>余, 多, 超, 超过, 以上, 逾.</summary>
    Over,
    /// <summary>不到, 不足.</summary>
    Under,
    /// <summary>不超过, 以内, 以下.</summary>
    AtMost,
    /// <summary>至少, 不少于.</summary>
    AtLeast,
}
