using WeiduEtl.Worker.Cli;

return await WeiduCli.InvokeAsync(args);
