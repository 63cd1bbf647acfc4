"""The entry point of a serving process: ``python -m genaiops.tools.mlops.lib.serving_main FOLDER FD`` (started by
``ProcessServingTarget``; a module of its own so that ``-m`` does not run a module its package already imported)."""

import sys

from genaiops.tools.mlops.lib.serving_process import main

if __name__ == "__main__":
    main(sys.argv[1:])
