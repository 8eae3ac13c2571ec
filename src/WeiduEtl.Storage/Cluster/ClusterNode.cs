namespace WeiduEtl.Storage.Cluster;

/// <summary>A node as Quartz's scheduler state records it: its instance id and when it last checked in.</summary>
public sealed record ClusterNode(string InstanceId, DateTimeOffset LastCheckin, TimeSpan CheckinInterval);
