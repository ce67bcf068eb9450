from pan_desktop.cli import main

raise SystemExit(main())
