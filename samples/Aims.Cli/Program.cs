return Aims.Cli.CliApp.Run(args, Console.Out, Console.Error);
